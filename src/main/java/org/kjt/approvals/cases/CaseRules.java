package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kjt.approvals.security.AppUser;

/**
 * What a process module adds to the generic case machinery: the checks of its application
 * form at submission, and the outcomes and fields of its own steps. The case machinery
 * stays the one copy of intake, clock, notices, inbox and portal; a module only says what
 * differs.
 */
public interface CaseRules {

	/**
	 * Whether these rules govern cases of a process.
	 * @param processKey BPMN process key
	 * @return true if so
	 */
	boolean handles(String processKey);

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
	 * The outcomes of a step of this process, or {@code null} for the generic ones.
	 * @param step BPMN task id
	 * @return outcome codes in display order, or null
	 */
	default List<String> outcomes(String step) {
		return null;
	}

	/**
	 * The fields an outcome of this process's step asks for, for forms to render.
	 * @param step BPMN task id
	 * @param outcome outcome code
	 * @return the fields, empty if none or generic
	 */
	default List<OutcomeField> fields(String step, String outcome) {
		return List.of();
	}

	/**
	 * Checks an outcome's fields and puts the process variables they set.
	 * @param completion the step being completed
	 * @param variables the variables to complete the task with (add to them)
	 * @return true if handled here, false for the generic handling
	 */
	default boolean complete(Completion completion, Map<String, Object> variables) {
		return false;
	}

	/**
	 * Where the applicant acts on a case waiting for them at a step this process owns
	 * (not the generic correction), if anywhere.
	 * @param item service item code
	 * @param step BPMN task id the case waits at
	 * @param caseId the case
	 * @return the route of the page, or null
	 */
	default String applicantPage(String item, String step, long caseId) {
		return null;
	}

	/**
	 * A submission to check.
	 *
	 * @param departmentCode department applied to
	 * @param item the service item
	 * @param form the form as entered
	 * @param applicant the applicant
	 * @param today the submission date
	 * @param uploaded the material codes uploaded
	 */
	record Submission(String departmentCode, ServiceItem item, Map<String, Object> form, AppUser applicant,
			LocalDate today, Set<String> uploaded) {
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
	 * @param departmentCode department
	 * @param item service item
	 * @param form the case's form (with derived values)
	 * @param processVariables reads a process variable of the case
	 * @param step BPMN task id
	 * @param outcome outcome code
	 * @param fields the outcome's fields as entered
	 * @param actor who completes the step
	 * @param today today
	 */
	record Completion(long caseId, String departmentCode, ServiceItem item, Map<String, Object> form,
			java.util.function.Function<String, Object> processVariables, String step, String outcome,
			Map<String, Object> fields, AppUser actor, LocalDate today) {
	}

	/**
	 * A field an outcome asks for.
	 *
	 * @param code field code
	 * @param kind how it is entered
	 * @param choices the choices of a {@link Kind#CHOICE}
	 * @param required whether it must be filled in
	 */
	record OutcomeField(String code, Kind kind, List<String> choices, boolean required) {

		public static OutcomeField text(String code, boolean required) {
			return new OutcomeField(code, Kind.TEXT, List.of(), required);
		}

		public static OutcomeField area(String code, boolean required) {
			return new OutcomeField(code, Kind.AREA, List.of(), required);
		}

		public static OutcomeField date(String code, boolean required) {
			return new OutcomeField(code, Kind.DATE, List.of(), required);
		}

		public static OutcomeField choice(String code, List<String> choices) {
			return new OutcomeField(code, Kind.CHOICE, choices, true);
		}

		public static OutcomeField materials(String code) {
			return new OutcomeField(code, Kind.MATERIALS, List.of(), true);
		}

	}

	/** How an outcome field is entered. */
	enum Kind {

		TEXT, AREA, DATE, CHOICE,
		/** Material checklist items, each with the problem. */
		MATERIALS

	}

}
