package org.kjt.approvals.nsf.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.nsf.NsfTaskBooks;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "natural-science fund", description = "Natural-science fund projects: the task book")
class NsfController {

	private final NsfTaskBooks taskBooks;

	private final CaseQueries queries;

	NsfController(NsfTaskBooks taskBooks, CaseQueries queries) {
		this.taskBooks = taskBooks;
		this.queries = queries;
	}

	@PostMapping("/api/cases/{id}/task-book")
	@Operation(summary = "Hand in a funded project's task book (APPLICANT, own case)",
			description = "{\"objectives\",\"plan\",\"budget\",\"deliverables\"}")
	CaseView taskBook(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.queries.get(this.taskBooks
			.submit(id, body.get("objectives"), body.get("plan"), body.get("budget"), body.get("deliverables"))
			.id());
	}

}
