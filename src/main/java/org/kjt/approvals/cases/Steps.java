package org.kjt.approvals.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The steps of one process as its module declares them, once: who works each step, its
 * outcomes in display order and the fields each outcome asks for. Step completion
 * validates against this table, the task form draws itself from it, the workbench lists
 * its steps from it, and a test holds the BPMN files to it.
 */
public final class Steps {

	/** Texts entered at a step are at most this long unless a field says otherwise. */
	public static final int MAX_TEXT = 2000;

	private final String processKey;

	private final Map<String, Step> steps;

	private Steps(String processKey, Map<String, Step> steps) {
		this.processKey = processKey;
		this.steps = Collections.unmodifiableMap(steps);
	}

	/**
	 * Starts the table of a process.
	 * @param processKey the BPMN process key
	 * @return a builder
	 */
	public static Builder of(String processKey) {
		return new Builder(processKey);
	}

	public String processKey() {
		return this.processKey;
	}

	/**
	 * A step of this process.
	 * @param id BPMN user task id
	 * @return the step, if declared
	 */
	public Optional<Step> step(String id) {
		return Optional.ofNullable(this.steps.get(id));
	}

	/**
	 * Every declared step, in declaration order.
	 * @return the steps
	 */
	public Collection<Step> all() {
		return this.steps.values();
	}

	/** Builds a table; steps may come from a shared procedure and the module itself. */
	public static final class Builder {

		private final String processKey;

		private final Map<String, Step> steps = new LinkedHashMap<>();

		private Builder(String processKey) {
			this.processKey = processKey;
		}

		/**
		 * A step worked by staff, under the case's statutory deadline.
		 * @param id BPMN user task id
		 * @param outcomes its outcomes in display order
		 * @return this builder
		 */
		public Builder staff(String id, Outcome... outcomes) {
			return add(new Step(id, Actor.STAFF, false, List.of(outcomes)));
		}

		/**
		 * A staff step with a time limit of its own (e.g. intake, Art. 32; delivery, Art.
		 * 44): its due date does not follow the statutory deadline.
		 * @param id BPMN user task id
		 * @param outcomes its outcomes in display order
		 * @return this builder
		 */
		public Builder staffWithOwnLimit(String id, Outcome... outcomes) {
			return add(new Step(id, Actor.STAFF, true, List.of(outcomes)));
		}

		/**
		 * A step the applicant works on their own pages (no outcomes: the page's command
		 * completes it).
		 * @param id BPMN user task id
		 * @return this builder
		 */
		public Builder applicant(String id) {
			return add(new Step(id, Actor.APPLICANT, false, List.of()));
		}

		/**
		 * Adds a step declared elsewhere (e.g. by the shared licensing procedure).
		 * @param step the step
		 * @return this builder
		 */
		public Builder add(Step step) {
			if (this.steps.putIfAbsent(step.id(), step) != null) {
				throw new IllegalStateException("Step " + step.id() + " of " + this.processKey + " declared twice");
			}
			return this;
		}

		public Steps build() {
			return new Steps(this.processKey, new LinkedHashMap<>(this.steps));
		}

	}

	/** Who works a step. */
	public enum Actor {

		/** Division staff, from the workbench. */
		STAFF,
		/** The applicant, from the portal. */
		APPLICANT

	}

	/**
	 * A step.
	 *
	 * @param id BPMN user task id
	 * @param actor who works it
	 * @param ownLimit whether its due date is its own rather than the statutory deadline
	 * @param outcomes its outcomes in display order
	 */
	public record Step(String id, Actor actor, boolean ownLimit, List<Outcome> outcomes) {

		/**
		 * An outcome of this step.
		 * @param code outcome code
		 * @return the outcome, if declared
		 */
		public Optional<Outcome> outcome(String code) {
			return this.outcomes.stream().filter((outcome) -> outcome.code().equals(code)).findFirst();
		}

		public List<String> outcomeCodes() {
			return this.outcomes.stream().map(Outcome::code).toList();
		}

		/**
		 * The same step with one more outcome, inserted before another (e.g. work
		 * permits' 容缺受理 before the correction notice).
		 * @param added the outcome
		 * @param before the code it comes before
		 * @return the new step
		 */
		public Step with(Outcome added, String before) {
			List<Outcome> all = new ArrayList<>(this.outcomes);
			int index = outcomeCodes().indexOf(before);
			all.add((index < 0) ? all.size() : index, added);
			return new Step(this.id, this.actor, this.ownLimit, List.copyOf(all));
		}

		/**
		 * The same step with only some of its outcomes.
		 * @param codes the outcome codes to keep
		 * @return the new step
		 */
		public Step only(String... codes) {
			List<String> kept = List.of(codes);
			return new Step(this.id, this.actor, this.ownLimit,
					this.outcomes.stream().filter((outcome) -> kept.contains(outcome.code())).toList());
		}

	}

	/**
	 * An outcome and the fields it asks for besides the opinion.
	 *
	 * @param code outcome code, as the BPMN conditions test it
	 * @param fields its fields
	 */
	public record Outcome(String code, List<Field> fields) {

		public static Outcome of(String code, Field... fields) {
			return new Outcome(code, List.of(fields));
		}

	}

	/** How a field is entered and what a valid value is. */
	public enum FieldKind {

		/** One line of text. */
		TEXT,
		/** Several lines of text. */
		AREA,
		/** A date, yyyy-MM-dd. */
		DATE,
		/** One of the field's choices. */
		CHOICE,
		/** Material checklist items of the case's item, each with the problem found. */
		MATERIALS,
		/** At least {@code min} staff of the actor's own division. */
		COLLEAGUES,
		/** One member of staff of the actor's department. */
		STAFF_MEMBER

	}

	/**
	 * A field of an outcome.
	 *
	 * @param code field code (the key in the completion's fields)
	 * @param kind how it is entered
	 * @param choices the choices of a {@link FieldKind#CHOICE}
	 * @param required whether it must be filled in (when it applies)
	 * @param when the field applies only when another field has a value; otherwise its
	 * variable is cleared
	 * @param variable the process variable it sets
	 * @param errorKey message key when a value is not valid
	 * @param min least number of entries (colleagues)
	 * @param anyText whether a {@link FieldKind#CHOICE}'s choices are only suggestions
	 * (any text is taken)
	 */
	public record Field(String code, FieldKind kind, List<String> choices, boolean required, @Nullable Condition when,
			String variable, String errorKey, int min, boolean anyText) {

		public static Field text(String code) {
			return new Field(code, FieldKind.TEXT, List.of(), true, null, code, "task.error.required", 0, false);
		}

		public static Field area(String code) {
			return new Field(code, FieldKind.AREA, List.of(), true, null, code, "task.error.required", 0, false);
		}

		public static Field date(String code) {
			return new Field(code, FieldKind.DATE, List.of(), true, null, code, "task.error.date", 0, false);
		}

		public static Field choice(String code, String... choices) {
			return new Field(code, FieldKind.CHOICE, List.of(choices), true, null, code, "task.error.choice", 0, false);
		}

		/**
		 * Material checklist items, entered as {@code items}: code → problem.
		 * @param variable the process variable the items go into
		 * @return the field
		 */
		public static Field materials(String variable) {
			return new Field("items", FieldKind.MATERIALS, List.of(), true, null, variable,
					"task.error.correctionItems", 1, false);
		}

		public static Field colleagues(String code, int min) {
			return new Field(code, FieldKind.COLLEAGUES, List.of(), true, null, code, "task.error.colleagues", min,
					false);
		}

		public static Field staffMember(String code) {
			return new Field(code, FieldKind.STAFF_MEMBER, List.of(), true, null, code, "task.error.staffMember", 1,
					false);
		}

		/**
		 * The choices are only suggestions: any text is taken (e.g. a delivery method
		 * other than the usual ones).
		 * @return the field
		 */
		public Field orAnyText() {
			return new Field(this.code, this.kind, this.choices, this.required, this.when, this.variable, this.errorKey,
					this.min, true);
		}

		public Field optional() {
			return new Field(this.code, this.kind, this.choices, false, this.when, this.variable, this.errorKey,
					this.min, this.anyText);
		}

		/**
		 * Applies only when another field of the outcome has a value.
		 * @param field the other field's code
		 * @param value its value
		 * @return the field
		 */
		public Field when(String field, String value) {
			return new Field(this.code, this.kind, this.choices, this.required, new Condition(field, value),
					this.variable, this.errorKey, this.min, this.anyText);
		}

		/**
		 * Sets a process variable of another name.
		 * @param name the variable's name
		 * @return the field
		 */
		public Field as(String name) {
			return new Field(this.code, this.kind, this.choices, this.required, this.when, name, this.errorKey,
					this.min, this.anyText);
		}

		/**
		 * The message given for a value that is not valid.
		 * @param key message key
		 * @return the field
		 */
		public Field error(String key) {
			return new Field(this.code, this.kind, this.choices, this.required, this.when, this.variable, key, this.min,
					this.anyText);
		}

	}

	/**
	 * When a field applies.
	 *
	 * @param field the other field's code
	 * @param value the value it must have
	 */
	public record Condition(String field, String value) {

	}

}
