package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Phrase;

/**
 * A case as the applicant and staff see it.
 *
 * @param id case id
 * @param referenceNo reference number, e.g. {@code LN-2026-000012}
 * @param department department code
 * @param item service item code
 * @param itemName service item name
 * @param applicant applicant user name
 * @param applicantName applicant organisation
 * @param status where the case stands
 * @param step current step (BPMN task id), if any
 * @param division division handling the current step, if any
 * @param form the application form
 * @param clock the statutory clock
 * @param history every step, opinion, notice and clock change
 * @param notices the written notices issued
 * @param materials the uploaded materials
 * @param createdAt created
 * @param queryCode the receipt's query code, for the applicant and the staff handling the
 * case (once submitted)
 * @param submittedAt first submitted, if it was
 */
public record CaseView(long id, String referenceNo, String department, String item, String itemName, String applicant,
		String applicantName, CaseStatus status, String step, String division, Map<String, Object> form,
		ClockView clock, List<HistoryEntry> history, List<NoticeView> notices, List<MaterialView> materials,
		Instant createdAt, @Nullable String queryCode, @Nullable Instant submittedAt) {

	/**
	 * The uploads that count: the newest of each checklist item (an earlier one was
	 * replaced).
	 * @return their ids
	 */
	public Set<Long> currentMaterialIds() {
		Set<Long> current = new HashSet<>();
		Set<String> seen = new HashSet<>();
		this.materials.stream()
			.sorted(Comparator.comparing(MaterialView::uploadedAt).reversed())
			.forEach((material) -> {
				if (seen.add(material.material())) {
					current.add(material.id());
				}
			});
		return current;
	}

	/**
	 * The statutory clock of a case.
	 *
	 * @param state NOT_STARTED, RUNNING, SUSPENDED, STOPPED
	 * @param acceptedOn acceptance date
	 * @param deadline decision deadline
	 * @param remainingWorkingDays working days left (0 on the deadline day, negative when
	 * overdue)
	 * @param extended whether the one extension was granted
	 * @param extensionReason the reason given to the applicant
	 * @param suspendedWorkingDays working days not counted (Art. 45)
	 * @param intakeDeadline the Art. 32 intake limit while intake is pending
	 * @param overdue whether the deadline passed without decision
	 * @param provisional whether the deadline (or intake limit) falls in a year whose
	 * holiday arrangements are not published yet, so only weekends were skipped
	 */
	public record ClockView(ClockState state, LocalDate acceptedOn, LocalDate deadline, Integer remainingWorkingDays,
			boolean extended, String extensionReason, int suspendedWorkingDays, LocalDate intakeDeadline,
			boolean overdue, boolean provisional) {

	}

	/**
	 * One history entry.
	 *
	 * @param at when
	 * @param actor who (user name or {@code system})
	 * @param type what kind of entry
	 * @param step the step it belongs to
	 * @param outcome the outcome chosen
	 * @param detail opinion, reason or notice text
	 * @param fields the fields a step was completed with (staff only; empty otherwise)
	 * @param phrase where the system wrote the detail: its message key and arguments, for
	 * readers of other languages (the detail is in Chinese); null otherwise
	 */
	public record HistoryEntry(Instant at, String actor, String type, String step, String outcome, String detail,
			Map<String, Object> fields, @Nullable Phrase phrase) {

		/**
		 * The detail in the reader's language where the system wrote it; as recorded for
		 * a Chinese reader (the official text, whatever the bundles say today) and for
		 * what someone typed (an opinion, a reason).
		 * @param locale the reader's language
		 * @param translation the reader's message lookup (key, arguments)
		 * @return the detail, or null
		 */
		public @Nullable String detailIn(Locale locale, BiFunction<String, Object[], String> translation) {
			if (this.phrase == null || "zh".equals(locale.getLanguage())) {
				return this.detail;
			}
			String text = translation.apply(this.phrase.key(), this.phrase.arguments());
			// A key no bundle has any more (base.Translations answers !key!): the record.
			return (text.startsWith("!") && text.endsWith("!")) ? this.detail : text;
		}

	}

	/**
	 * A written notice.
	 *
	 * @param number document number
	 * @param type notice type
	 * @param title title
	 * @param body full text
	 * @param issuedAt issued
	 */
	public record NoticeView(String number, String type, String title, String body, Instant issuedAt) {

	}

	/**
	 * An uploaded material.
	 *
	 * @param id material id
	 * @param material checklist code
	 * @param fileName sanitised file name
	 * @param type detected type
	 * @param size bytes
	 * @param sha256 SHA-256 of the content
	 * @param uploadedAt uploaded
	 */
	public record MaterialView(long id, String material, String fileName, String type, long size, String sha256,
			Instant uploadedAt) {

	}

}
