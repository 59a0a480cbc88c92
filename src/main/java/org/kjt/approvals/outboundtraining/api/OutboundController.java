package org.kjt.approvals.outboundtraining.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.outboundtraining.OutboundTrainings;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "outbound-training", description = "Outbound training: publicity, changes, report")
class OutboundController {

	private final OutboundTrainings trainings;

	private final CaseQueries queries;

	OutboundController(OutboundTrainings trainings, CaseQueries queries) {
		this.trainings = trainings;
		this.queries = queries;
	}

	@PostMapping("/api/cases/{id}/revision")
	@Operation(summary = "Revise a returned application (changed form fields); it is checked and routed again")
	CaseView revise(@PathVariable long id, @RequestBody Map<String, Object> changes) {
		return this.queries.get(this.trainings.revise(id, changes).id());
	}

	@PostMapping("/api/cases/{id}/publicity")
	@Operation(summary = "Confirm the internal publicity before departure (from, to): at least 5 working days")
	CaseView publicity(@PathVariable long id, @RequestBody Map<String, String> body) {
		CaseView after = this.queries.get(this.trainings.confirmPublicity(id, body.get("from"), body.get("to")).id());
		if ("publicity".equals(after.step())) {
			// Refused by the rule (too short, or too close to departure): the refusal
			// stays
			// on record, and the caller is told so, not answered as if it had succeeded.
			String reason = after.history()
				.stream()
				.filter((entry) -> "PUBLICITY_REFUSED".equals(entry.type()))
				.reduce((first, second) -> second)
				.map(CaseView.HistoryEntry::detail)
				.orElse("");
			throw DomainException.invalid("publicityTo", "outbound.error.publicityRefused", reason);
		}
		return after;
	}

	@PostMapping("/api/cases/{id}/participants")
	@Operation(summary = "Change the participants before departure; the trip is checked and signed off again")
	CaseView participants(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.queries
			.get(this.trainings.changeParticipants(id, body.get("participants"), body.get("justification")).id());
	}

	@PostMapping("/api/cases/{id}/trip-withdrawal")
	@Operation(summary = "Withdraw an approved or filed trip before departure")
	CaseView withdraw(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.queries.get(this.trainings.withdraw(id, body.get("reason")).id());
	}

	@PostMapping("/api/cases/{id}/report")
	@Operation(
			summary = "File the post-return report (due within one month of return) and the date the passports were handed back")
	CaseView report(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.queries.get(
				this.trainings
					.fileReport(id, body.get("whatWasDone"), body.get("actualItinerary"), body.get("actualCostCny"),
							body.get("publishedOn"), body.get("passportsReturnedOn"))
					.id());
	}

}
