package org.kjt.approvals.evaluation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An expert of a division's evaluation pool. Personal data: the division's only. */
@Entity
@Table(name = "ev_expert")
class Expert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "division_code", nullable = false, length = 64)
	private String divisionCode;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "organisation_name", nullable = false, length = 200)
	private String organisationName;

	@Column(name = "credit_code", nullable = false, length = 18)
	private String creditCode;

	@Column(nullable = false, length = 500)
	private String disciplines;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ExpertKind kind;

	@Column(nullable = false, length = 200)
	private String contact;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private long version;

	protected Expert() {
	}

	Expert(String departmentCode, String divisionCode, String username, String name, String organisationName,
			String creditCode, Set<Discipline> disciplines, ExpertKind kind, String contact) {
		this.departmentCode = departmentCode;
		this.divisionCode = divisionCode;
		this.username = username;
		describe(name, organisationName, creditCode, disciplines, kind, contact);
	}

	void describe(String name, String organisationName, String creditCode, Set<Discipline> disciplines, ExpertKind kind,
			String contact) {
		this.name = name;
		this.organisationName = organisationName;
		this.creditCode = creditCode;
		this.disciplines = disciplines.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.kind = kind;
		this.contact = contact;
	}

	void activate(boolean active) {
		this.active = active;
	}

	Set<Discipline> disciplines() {
		Set<Discipline> set = EnumSet.noneOf(Discipline.class);
		Arrays.stream(this.disciplines.split(","))
			.filter((code) -> !code.isBlank())
			.forEach((code) -> set.add(Discipline.valueOf(code)));
		return set;
	}

	Long getId() {
		return this.id;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getDivisionCode() {
		return this.divisionCode;
	}

	String getUsername() {
		return this.username;
	}

	String getName() {
		return this.name;
	}

	String getOrganisationName() {
		return this.organisationName;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	ExpertKind getKind() {
		return this.kind;
	}

	String getContact() {
		return this.contact;
	}

	boolean isActive() {
		return this.active;
	}

}
