package org.kjt.approvals.evaluation;

import java.time.LocalDate;

/**
 * A public notice as everyone sees it, with its objection window.
 *
 * @param id notice id (objections are sent to it)
 * @param departmentCode department
 * @param itemCode item
 * @param itemName the item's name in the reader's language
 * @param subject whom it concerns (the enterprise, the nominee, the project)
 * @param proposal the proposed result
 * @param startsOn first day
 * @param endsOn last day: objections are taken until it ends
 */
public record PublicNoticeView(long id, String departmentCode, String itemCode, String itemName, String subject,
		String proposal, LocalDate startsOn, LocalDate endsOn) {

}
