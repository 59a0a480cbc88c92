package org.kjt.approvals.evaluation.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.documents.Attachments;
import org.kjt.approvals.evaluation.Assignment;
import org.kjt.approvals.evaluation.Panels;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "expert", description = "An expert's assignments: the application, a conflict declared, the scores")
class ExpertController {

	private final Panels panels;

	ExpertController(Panels panels) {
		this.panels = panels;
	}

	@GetMapping("/api/expert/assignments")
	@Operation(summary = "The applications assigned to the current expert, newest first (EXPERT)")
	Page<Assignment> assignments(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.panels.assignments(Paging.of(page, size), locale);
	}

	@GetMapping("/api/expert/assignments/{id}")
	@Operation(summary = "One assignment with the application and the scoring sheet (EXPERT, their own)")
	Assignment assignment(@PathVariable long id, Locale locale) {
		return this.panels.assignment(id, locale);
	}

	@GetMapping("/api/expert/assignments/{id}/materials")
	@Operation(summary = "The application materials of an assignment, the latest of each kind (EXPERT, their own)")
	List<CaseView.MaterialView> materials(@PathVariable long id) {
		return this.panels.materials(id);
	}

	@GetMapping("/api/expert/assignments/{id}/materials/{materialId}")
	@Operation(summary = "Download one of an assignment's materials (EXPERT, their own)")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
		return Attachments.of(this.panels.materialContent(id, materialId));
	}

	@PostMapping("/api/expert/assignments/{id}/conflict")
	@Operation(summary = "Declare a conflict of interest: another expert is drawn in your place",
			description = "{\"reason\"}")
	Assignment conflict(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.panels.declareConflict(id, body.get("reason"));
	}

	@PostMapping("/api/expert/assignments/{id}/scores")
	@Operation(summary = "Score on the item's sheet, with a comment; once in, not changed",
			description = "{\"scores\":{criterion: whole points},\"comment\"}")
	Assignment score(@PathVariable long id, @RequestBody Scores body) {
		return this.panels.score(id, body.scores(), body.comment());
	}

	/**
	 * Scores.
	 *
	 * @param scores points per criterion code
	 * @param comment the expert's comment
	 */
	record Scores(@Nullable Map<String, Integer> scores, @Nullable String comment) {
	}

}
