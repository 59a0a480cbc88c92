package org.kjt.approvals.orgstructure;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything published about a department.
 *
 * @param code department code
 * @param name Chinese name
 * @param nameEn English name
 * @param rank rank (正厅级)
 * @param rankStated whether the seed states the rank
 * @param status status text
 * @param address office address
 * @param duties duty items verbatim, in order
 * @param divisions units with remits and the service items they handle
 * @param affiliatedUnits affiliated units (直属单位)
 * @param honours honours
 * @param leaders leadership entries as published
 * @param leadersNote note on the leadership entries
 * @param effectiveDate date the rules took effect, if published
 * @param replaces the regulation they replaced, if published
 * @param otherMatters other matters (其他事项)
 */
public record DepartmentDetails(String code, String name, String nameEn, String rank, boolean rankStated, String status,
		String address, List<Duty> duties, List<Division> divisions, List<String> affiliatedUnits, List<String> honours,
		List<Leader> leaders, String leadersNote, LocalDate effectiveDate, String replaces, List<String> otherMatters) {

	/**
	 * A duty item.
	 *
	 * @param label ordinal label, e.g. (十一)
	 * @param text verbatim text
	 * @param functionTransformation whether it is the 职能转变 section
	 */
	public record Duty(String label, String text, boolean functionTransformation) {

	}

	/**
	 * A unit with its remit.
	 *
	 * @param code division code
	 * @param label ordinal label
	 * @param name Chinese name
	 * @param nameEn English name
	 * @param kind unit kind
	 * @param remit remit verbatim
	 * @param note note
	 * @param handles the routing entries pointing at it
	 */
	public record Division(String code, String label, String name, String nameEn, UnitKind kind, String remit,
			String note, List<Handles> handles) {

	}

	/**
	 * A service item step a division handles.
	 *
	 * @param item service item code
	 * @param role step role
	 */
	public record Handles(String item, StepRole role) {

	}

	/**
	 * A published leadership entry.
	 *
	 * @param name name
	 * @param title title
	 * @param asOf as of
	 */
	public record Leader(String name, String title, String asOf) {

	}

}
