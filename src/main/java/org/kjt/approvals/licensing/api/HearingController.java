package org.kjt.approvals.licensing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.licensing.Hearings;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "cases", description = "Applications: create, upload materials, submit, correct, withdraw, follow")
class HearingController {

	private final Hearings hearings;

	private final CaseQueries queries;

	HearingController(Hearings hearings, CaseQueries queries) {
		this.hearings = hearings;
		this.queries = queries;
	}

	record HearingAnswer(@Nullable Boolean request) {
	}

	@PostMapping("/api/cases/{id}/hearing-request")
	@Operation(summary = "Answer the hearing-rights notice: {\"request\": true} requests a hearing, false declines it")
	CaseView hearingRequest(@PathVariable long id, @RequestBody @Nullable HearingAnswer answer) {
		Boolean request = (answer != null) ? answer.request() : null;
		if (request == null) {
			throw DomainException.invalid("request", "task.error.required", "request");
		}
		return this.queries.get(this.hearings.answer(id, request).id());
	}

}
