package org.kjt.approvals.workpermit;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The interim points table at every band edge (hand-computed) and the category rules. */
@ApprovalsTest
class PointsCalculatorTests {

	@Autowired
	PointsCalculator calculator;

	@Autowired
	MockMvc mvc;

	@Test
	void salaryBands() {
		assertThat(salary(450_000)).isEqualTo(20);
		assertThat(salary(449_999)).isEqualTo(17);
		assertThat(salary(350_000)).isEqualTo(17);
		assertThat(salary(349_999)).isEqualTo(14);
		assertThat(salary(250_000)).isEqualTo(14);
		assertThat(salary(249_999)).isEqualTo(11);
		assertThat(salary(150_000)).isEqualTo(11);
		assertThat(salary(149_999)).isEqualTo(8);
		assertThat(salary(70_000)).isEqualTo(8);
		assertThat(salary(69_999)).isEqualTo(5);
		assertThat(salary(50_000)).isEqualTo(5);
		assertThat(salary(49_999)).isZero();
		assertThat(salary(0)).isZero();
	}

	@Test
	void educationExperienceMonthsChineseLocationAgeAndBonusBands() {
		assertThat(factor("education", base().education("DOCTORATE"))).isEqualTo(20);
		assertThat(factor("education", base().education("MASTER"))).isEqualTo(15);
		assertThat(factor("education", base().education("BACHELOR"))).isEqualTo(10);
		assertThat(factor("education", base().education("OTHER"))).isZero();
		assertThat(factor("experience", base().experience(1))).isZero();
		assertThat(factor("experience", base().experience(2))).isEqualTo(5);
		assertThat(factor("experience", base().experience(3))).isEqualTo(6);
		assertThat(factor("experience", base().experience(16))).isEqualTo(19);
		assertThat(factor("experience", base().experience(17))).isEqualTo(20);
		assertThat(factor("experience", base().experience(40))).isEqualTo(20);
		assertThat(factor("monthsInChina", base().months(9))).isEqualTo(15);
		assertThat(factor("monthsInChina", base().months(8))).isEqualTo(10);
		assertThat(factor("monthsInChina", base().months(6))).isEqualTo(10);
		assertThat(factor("monthsInChina", base().months(5))).isEqualTo(5);
		assertThat(factor("monthsInChina", base().months(3))).isEqualTo(5);
		assertThat(factor("monthsInChina", base().months(2))).isZero();
		assertThat(factor("chinese", base().hsk(6))).isEqualTo(5);
		assertThat(factor("chinese", base().hsk(5))).isEqualTo(5);
		assertThat(factor("chinese", base().hsk(4))).isEqualTo(4);
		assertThat(factor("chinese", base().hsk(1))).isEqualTo(1);
		assertThat(factor("chinese", base().hsk(0))).isZero();
		assertThat(factor("location", base().location("NORTHEAST"))).isEqualTo(10);
		assertThat(factor("location", base().location("OTHER"))).isZero();
		assertThat(factor("age", base().age(18))).isEqualTo(10);
		assertThat(factor("age", base().age(25))).isEqualTo(10);
		assertThat(factor("age", base().age(26))).isEqualTo(15);
		assertThat(factor("age", base().age(45))).isEqualTo(15);
		assertThat(factor("age", base().age(46))).isEqualTo(10);
		assertThat(factor("age", base().age(55))).isEqualTo(10);
		assertThat(factor("age", base().age(56))).isEqualTo(5);
		assertThat(factor("age", base().age(60))).isEqualTo(5);
		assertThat(factor("age", base().age(61))).isZero();
		assertThat(factor("bonus", base().bonuses(Set.of("PATENTS", "FORTUNE_500")))).isEqualTo(10);
		assertThat(factor("provincialBonus", base().provincial(10))).isEqualTo(10);
	}

	@Test
	void categoriesAtTheirEdges() {
		// 20 + 20 + 5 + 15 + 0 + 10 + 15 = 85: A.
		PointsResult a = this.calculator.score(new Builder(450_000).education("DOCTORATE")
			.experience(2)
			.months(12)
			.location("NORTHEAST")
			.age(40)
			.build());
		assertThat(a.total()).isEqualTo(85);
		assertThat(a.category()).isEqualTo("A");
		// 17 + 20 + 5 + 15 + 0 + 10 + 15 = 82: B.
		assertThat(this.calculator.score(new Builder(449_999).education("DOCTORATE")
			.experience(2)
			.months(12)
			.location("NORTHEAST")
			.age(40)
			.build())).extracting(PointsResult::total, PointsResult::category).containsExactly(82, "B");
		// 17 + 10 + 5 + 10 + 3 + 0 + 15 = 60: B; one HSK level less, 59: C.
		Builder sixty = new Builder(350_000).education("BACHELOR")
			.experience(2)
			.months(6)
			.hsk(3)
			.location("OTHER")
			.age(30);
		assertThat(this.calculator.score(sixty.build())).extracting(PointsResult::total, PointsResult::category)
			.containsExactly(60, "B");
		PointsResult c = this.calculator.score(sixty.hsk(2).build());
		assertThat(c.total()).isEqualTo(59);
		assertThat(c.category()).isEqualTo("C");
		assertThat(c.reasons()).containsExactly("workpermit.reason.belowB");
	}

	@Test
	void theBConditionsAndTheTalentList() {
		// 20 + 20 + 20 + 15 + 0 + 0 + 0 = 75 at 61: not B unless exempt.
		Builder older = new Builder(450_000).education("DOCTORATE").experience(20).months(12).location("OTHER").age(61);
		PointsResult notB = this.calculator.score(older.build());
		assertThat(notB.total()).isEqualTo(75);
		assertThat(notB.category()).isEqualTo("C");
		assertThat(notB.reasons()).contains("workpermit.reason.ageOverB");
		assertThat(this.calculator.score(older.exempt().build()).category()).isEqualTo("B");
		// 20 + 0 + 20 + 15 + 0 + 10 + 15 = 80 without a degree: C.
		PointsResult noDegree = this.calculator.score(new Builder(450_000).education("OTHER")
			.experience(20)
			.months(12)
			.location("NORTHEAST")
			.age(40)
			.build());
		assertThat(noDegree.total()).isEqualTo(80);
		assertThat(noDegree.category()).isEqualTo("C");
		assertThat(noDegree.reasons()).contains("workpermit.reason.noDegree");
		// Listed high-end talent is A whatever the points.
		PointsResult listed = this.calculator.score(new Builder(0).education("OTHER").age(70).talent().build());
		assertThat(listed.category()).isEqualTo("A");
		assertThat(listed.reasons()).containsExactly("workpermit.reason.listedTalent");
	}

	@Test
	void badInputNamesTheField() {
		assertThat(field(base().age(17))).isEqualTo("age");
		assertThat(field(new Builder(-1))).isEqualTo("annualSalaryCny");
		assertThat(field(new Builder(200_000_001))).isEqualTo("annualSalaryCny");
		assertThat(field(base().education("PHD"))).isEqualTo("education");
		assertThat(field(base().hsk(7))).isEqualTo("hskLevel");
		assertThat(field(base().months(13))).isEqualTo("monthsPerYear");
		assertThat(field(base().provincial(11))).isEqualTo("provincialBonus");
		assertThat(field(base().bonuses(Set.of("NOBEL")))).isEqualTo("bonuses");
		assertThat(field(base().location("MARS"))).isEqualTo("workLocation");
	}

	@Test
	void publicEndpointScoresWithoutStoring() throws Exception {
		this.mvc.perform(post("/api/work-permits/points").contentType(MediaType.APPLICATION_JSON).content("""
				{"annualSalaryCny":450000,"education":"DOCTORATE","experienceYears":2,"monthsPerYear":12,
				 "hskLevel":0,"workLocation":"NORTHEAST","age":40,"bonuses":[],"provincialBonus":0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(85))
			.andExpect(jsonPath("$.category").value("A"))
			.andExpect(jsonPath("$.breakdown.salary").value(20));
		this.mvc.perform(post("/api/work-permits/points").contentType(MediaType.APPLICATION_JSON).content("""
				{"annualSalaryCny":450000,"education":"DOCTORATE","experienceYears":2,"monthsPerYear":12,
				 "hskLevel":0,"workLocation":"NORTHEAST","age":16}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("age"));
	}

	private int salary(long cny) {
		return factor("salary", new Builder(cny));
	}

	private int factor(String name, Builder builder) {
		return this.calculator.score(builder.build()).breakdown().get(name);
	}

	private String field(Builder builder) {
		try {
			this.calculator.score(builder.build());
		}
		catch (DomainException ex) {
			return ex.field();
		}
		throw new AssertionError("accepted");
	}

	private static Builder base() {
		return new Builder(100_000);
	}

	/** A valid input to vary one field at a time. */
	static final class Builder {

		BigDecimal salary;

		String education = "BACHELOR";

		int experience = 2;

		int months = 12;

		int hsk;

		String location = "NORTHEAST";

		int age = 30;

		Set<String> bonuses = Set.of();

		int provincial;

		boolean talent;

		boolean exempt;

		Builder(long salary) {
			this.salary = BigDecimal.valueOf(salary);
		}

		Builder education(String value) {
			this.education = value;
			return this;
		}

		Builder experience(int value) {
			this.experience = value;
			return this;
		}

		Builder months(int value) {
			this.months = value;
			return this;
		}

		Builder hsk(int value) {
			this.hsk = value;
			return this;
		}

		Builder location(String value) {
			this.location = value;
			return this;
		}

		Builder age(int value) {
			this.age = value;
			return this;
		}

		Builder bonuses(Set<String> value) {
			this.bonuses = value;
			return this;
		}

		Builder provincial(int value) {
			this.provincial = value;
			return this;
		}

		Builder talent() {
			this.talent = true;
			return this;
		}

		Builder exempt() {
			this.exempt = true;
			return this;
		}

		PointsInput build() {
			return new PointsInput(this.salary, this.education, this.experience, this.months, this.hsk, this.location,
					this.age, this.bonuses, this.provincial, this.talent, this.exempt);
		}

	}

}
