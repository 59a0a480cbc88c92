package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.security.AppUser;

/**
 * What a process module adds to the generic case machinery, keyed by its BPMN process
 * key: its step table, the checks of its application form at submission, and what its
 * steps' outcomes do beyond the declared fields. The case machinery stays the one copy of
 * intake, clock, notices, inbox and portal; a module only says what differs.
 */
public interface CaseRules {

	/**
	 * The process's steps, their outcomes and each outcome's fields: declared once, for
	 * the process the table names.
	 * @return the step table
	 */
	Steps steps();

	/**
	 * The process whose cases these rules govern.
	 * @return BPMN process key
	 */
	default String processKey() {
		return steps().processKey();
	}

	/**
	 * The working days the first look at a submission may take (its tasks' due date
	 * {@code intakeDue}; e.g. Art. 32 intake for licences), or 0 for none.
	 * @return working days
	 */
	default int intakeWorkingDays() {
		return 0;
	}

	/**
	 * Checks a form at submission. Refuses with a {@code DomainException} naming the
	 * field.
	 * @param submission what is submitted
	 * @return values computed from the form (stored with it, shown to applicant and
	 * staff) and process variables
	 */
	default Checked checkSubmission(Submission submission) {
		return new Checked(Map.of(), Map.of());
	}

	/**
	 * The outcomes a step offers for a case as it stands (e.g. no second correction
	 * notice).
	 * @param step the declared step
	 * @param facts where the case stands
	 * @return outcome codes in display order
	 */
	default List<String> offered(Steps.Step step, CaseFacts facts) {
		return step.outcomeCodes();
	}

	/**
	 * What an outcome does beyond its declared fields, which are already checked and put
	 * as variables: further checks (refusing with a {@code DomainException}), variables
	 * and history entries.
	 * @param completion the step being completed
	 * @param variables the variables to complete the task with (add to them)
	 */
	default void complete(Completion completion, Map<String, Object> variables) {
	}

	/**
	 * Where the applicant acts on a case waiting for them at a step this process owns
	 * (not the generic correction), if anywhere.
	 * @param step BPMN task id the case waits at
	 * @param caseId the case
	 * @return the route of the page, or null
	 */
	default @Nullable String applicantPage(String step, long caseId) {
		return null;
	}

	/**
	 * A submission to check.
	 *
	 * @param caseId the case
	 * @param revision whether this is a revision of a case already submitted (not its
	 * first submission: e.g. no call window applies)
	 * @param departmentCode department applied to
	 * @param item the service item
	 * @param form the form as entered
	 * @param applicant the applicant
	 * @param today the submission date
	 * @param uploaded the material codes uploaded
	 */
	record Submission(long caseId, boolean revision, String departmentCode, ServiceItem item, Map<String, Object> form,
			AppUser applicant, LocalDate today, Set<String> uploaded) {
	}

	/**
	 * The outcome of a submission check.
	 *
	 * @param derived values computed from the form, stored with it
	 * @param variables process variables
	 */
	record Checked(Map<String, Object> derived, Map<String, Object> variables) {
	}

	/**
	 * A step being completed.
	 *
	 * @param caseId case
	 * @param facts where the case stands
	 * @param item service item
	 * @param form the case's form (with derived values)
	 * @param processVariables reads a process variable of the case
	 * @param step BPMN task id
	 * @param outcome outcome code
	 * @param fields the outcome's fields, checked against the step table
	 * @param opinion the written opinion
	 * @param actor who completes the step
	 * @param today today
	 * @param history the case's history
	 */
	record Completion(long caseId, CaseFacts facts, ServiceItem item, Map<String, Object> form,
			Function<String, @Nullable Object> processVariables, String step, String outcome,
			Map<String, @Nullable Object> fields, String opinion, AppUser actor, LocalDate today, History history) {
	}

	/** The case's history, as a step completion reads and adds to it. */
	interface History {

		/**
		 * Who completed a step of the case.
		 * @param step BPMN task id
		 * @return user names
		 */
		Set<String> actorsOf(String step);

		/**
		 * Who completed a step of the case last.
		 * @param step BPMN task id
		 * @return user name, or null if nobody has
		 */
		@Nullable String lastActorOf(String step);

		/**
		 * Adds an entry by the actor completing the step.
		 * @param type entry type
		 * @param detail detail
		 */
		void record(HistoryType type, String detail);

	}

}
