package org.kjt.approvals.evaluation.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.evaluation.ExpertView;
import org.kjt.approvals.evaluation.Experts;
import org.kjt.approvals.evaluation.NewExpert;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "experts and panels", description = "The reviewing division's expert pool and its panels")
class ExpertPoolController {

	private final Experts experts;

	private final Panels panels;

	ExpertPoolController(Experts experts, Panels panels) {
		this.experts = experts;
		this.panels = panels;
	}

	@GetMapping("/api/experts")
	@Operation(summary = "The division's expert pool, with personal data (the division that reviews an item)")
	Page<ExpertView> pool(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.experts.pool(Paging.of(page, size));
	}

	@PostMapping("/api/experts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an expert and their log-in",
			description = "{\"username\",\"password\",\"name\",\"organisationName\",\"creditCode\",\"disciplines\":[…],"
					+ "\"kind\":\"TECHNICAL|FINANCIAL|MANAGEMENT\",\"contact\"}")
	ExpertView add(@RequestBody NewExpert expert) {
		return this.experts.add(expert);
	}

	@PutMapping("/api/experts/{id}")
	@Operation(summary = "Change an expert's particulars (username and password are not changed here)")
	ExpertView update(@PathVariable long id, @RequestBody NewExpert expert) {
		return this.experts.update(id, expert);
	}

	@PostMapping("/api/experts/{id}/active")
	@Operation(summary = "Take an expert out of the draw (and their log-in away), or back in",
			description = "{\"active\": true|false}")
	ExpertView activate(@PathVariable long id, @RequestBody Map<String, Boolean> body) {
		Boolean active = body.get("active");
		if (active == null) {
			throw DomainException.invalid("active", "call.error.required", "active");
		}
		return this.experts.activate(id, active);
	}

	@GetMapping("/api/panels")
	@Operation(summary = "The latest panels of the items the division reviews, with each expert's progress")
	Page<PanelView> panels(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.panels.panels(Paging.of(page, size));
	}

	@GetMapping("/api/cases/{id}/panel")
	@Operation(summary = "A case's panel: seats, progress, and the scores once all are in")
	PanelView panel(@PathVariable long id, Locale locale) {
		return this.panels.panel(id, locale);
	}

	@PostMapping("/api/cases/{id}/panel/vacancies")
	@Operation(summary = "Draw the seats a conflict left empty, once the pool has eligible experts")
	PanelView fill(@PathVariable long id) {
		return this.panels.fillVacancies(id);
	}

	@PostMapping("/api/cases/{id}/panel/seats/{seatId}/replacement")
	@Operation(summary = "Take a seat from an expert who has not scored (or cannot), with the reason; another is"
			+ " drawn in their place", description = "{\"reason\"}")
	PanelView replace(@PathVariable long id, @PathVariable long seatId, @RequestBody Map<String, String> body) {
		return this.panels.replaceSeat(id, seatId, body.get("reason"));
	}

	@GetMapping("/api/cases/{id}/panel/replay")
	@Operation(summary = "The panel the recorded seed gives over the pool as it is now (a check of the draw)")
	List<String> replay(@PathVariable long id) {
		return this.panels.replay(id);
	}

}
