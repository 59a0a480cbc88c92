package org.kjt.approvals.evaluation.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.evaluation.ObjectionView;
import org.kjt.approvals.evaluation.PublicNoticeView;
import org.kjt.approvals.evaluation.PublicNotices;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "public notices", description = "Public notices (公示) of proposed results and objections (异议)")
class PublicNoticeController {

	private final PublicNotices notices;

	PublicNoticeController(PublicNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/api/notices/public")
	@Operation(summary = "Public notices running today, with their objection window (public)",
			description = "department: jilin or liaoning (both when absent)")
	Page<PublicNoticeView> running(@RequestParam(required = false) @Nullable String department,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.notices.running(department, Paging.of(page, size), locale);
	}

	@PostMapping("/api/notices/public/{id}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Object to a notice while it runs, with a real name, a contact and the reason (public)",
			description = "{\"name\",\"contact\",\"reason\"}; answers {\"id\"}")
	Map<String, Long> object(@PathVariable long id, @RequestBody Map<String, String> body) {
		return Map.of("id", this.notices.object(id, body.get("name"), body.get("contact"), body.get("reason")));
	}

	@GetMapping("/api/objections")
	@Operation(summary = "Objections to handle in the items the division reviews, oldest first")
	Page<ObjectionView> open(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.notices.open(Paging.of(page, size));
	}

	@GetMapping("/api/cases/{id}/objections")
	@Operation(summary = "Every objection to a case's notices (the division that reviews it)")
	List<ObjectionView> ofCase(@PathVariable long id) {
		return this.notices.ofCase(id);
	}

	@PostMapping("/api/objections/{id}/decision")
	@Operation(summary = "Handle an objection: upheld (the case goes back to review) or rejected, with reasons",
			description = "{\"upheld\": true|false, \"answer\"}")
	ObjectionView handle(@PathVariable long id, @RequestBody Map<String, Object> body) {
		if (!(body.get("upheld") instanceof Boolean upheld)) {
			throw DomainException.invalid("upheld", "call.error.required", "upheld");
		}
		Object answer = body.get("answer");
		return this.notices.handle(id, upheld, (answer == null) ? null : answer.toString());
	}

}
