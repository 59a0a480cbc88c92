package org.kjt.approvals.cases.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CaseDetailViewTests extends KaribuSupport {

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	LicensingFixtures licensing;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theApplicantRequestsAHearingFromTheCasePage() {
		this.clock.setDate(LocalDate.of(2026, 9, 24));
		long id = this.licensing.accepted("applicant", "jilin");
		this.tasks.complete("jl-approval", id, "review", "hearing", "涉及相邻单位重大利益", Map.of("expectedDuration", "20个工作日"));

		login("applicant");
		UI.getCurrent().navigate("portal/case/" + id);
		assertThat(_get(Details.class, (spec) -> spec.withId("notice-HEARING_RIGHTS")).getSummaryText())
			.contains("听证权利告知书");
		_click(_get(Button.class, (spec) -> spec.withId("request-hearing")));
		CaseView requested = this.users.as("applicant", () -> this.queries.get(id));
		assertThat(requested.step()).isEqualTo("hearingSchedule");
		assertThat(requested.history()).extracting(CaseView.HistoryEntry::type).contains("HEARING_REQUESTED");
		assertThat(_find(Button.class, (spec) -> spec.withId("request-hearing"))).isEmpty();
	}

	/**
	 * What the system wrote into the history (the deadline when the clock started) reads
	 * in the reader's language; the record keeps it in Chinese.
	 */
	@Test
	void theHistoryReadsInEnglishForAnEnglishReader() {
		long id = this.licensing.accepted("applicant", "jilin");
		CaseView.HistoryEntry started = this.users.as("applicant", () -> this.queries.get(id))
			.history()
			.stream()
			.filter((entry) -> "CLOCK_STARTED".equals(entry.type()))
			.findFirst()
			.orElseThrow();
		assertThat(started.detail()).startsWith("期限 ");
		assertThat(started.phrase().key()).isEqualTo("record.deadline");
		login("applicant");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		UI.getCurrent().navigate("portal/case/" + id);
		String history = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
				(spec) -> spec.withId("case-history"))
			.getElement()
			.getTextRecursively();
		assertThat(history).contains("deadline " + started.phrase().args().get(0)).doesNotContain("期限");
	}

	/**
	 * Withdrawal asks once more before the case ends; an answered correction notice is
	 * closed, its materials named as the checklist names them.
	 */
	@Test
	void withdrawalIsConfirmedFirst() {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "correct", "法人资格证明须补正",
				Map.of("items", Map.of("legal-status", "营业执照复印件未加盖公章")));
		login("applicant");
		UI.getCurrent().navigate("portal/case/" + id);
		// The pending notice is open, its material named.
		assertThat(_get(Details.class, (spec) -> spec.withId("notice-CORRECTION")).isOpened()).isTrue();
		assertThat(
				_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, (spec) -> spec.withId("correction"))
					.getElement()
					.getTextRecursively())
			.contains("单位法人资格证明")
			.doesNotContain("legal-status");
		this.users.run("applicant", () -> {
			this.cases.upload(id, "legal-status", "legal-status.pdf", org.kjt.approvals.support.TestFiles.PDF);
			this.cases.resubmit(id, null);
		});
		UI.getCurrent().navigate("portal/case/" + id);
		assertThat(_get(Details.class, (spec) -> spec.withId("notice-CORRECTION")).isOpened()).isFalse();
		// What was handed in is on the page: the form and the materials, the replaced one
		// marked.
		String submitted = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
				(spec) -> spec.withId("submitted"))
			.getElement()
			.getTextRecursively();
		assertThat(submitted).contains("SPF级大鼠动物实验", "单位法人资格证明", "legal-status.pdf", "已被替换");

		_click(_get(com.vaadin.flow.component.button.Button.class, (spec) -> spec.withId("withdraw")));
		// Not yet: the dialog asks.
		assertThat(this.users.as("applicant", () -> this.queries.get(id)).status()).isEqualTo(CaseStatus.SUBMITTED);
		_click(_get(com.vaadin.flow.component.button.Button.class, (spec) -> spec.withId("withdraw-confirm")));
		assertThat(this.users.as("applicant", () -> this.queries.get(id)).status()).isEqualTo(CaseStatus.WITHDRAWN);
	}

	/** My cases name the department in words, not by its code. */
	@Test
	@SuppressWarnings("unchecked")
	void myCasesNameTheDepartment() {
		long draft = this.users.as("applicant",
				() -> this.cases.create("jilin", "lab-animal-use", Map.of("scope", "草稿测试")).id());
		login("applicant");
		UI.getCurrent().navigate("portal");
		com.vaadin.flow.component.grid.Grid<org.kjt.approvals.cases.CaseSummary> grid = _get(
				com.vaadin.flow.component.grid.Grid.class, (spec) -> spec.withId("my-cases"));
		List<org.kjt.approvals.cases.CaseSummary> rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0,
				com.github.mvysny.kaributesting.v10.GridKt._size(grid));
		int index = rows.stream().map(org.kjt.approvals.cases.CaseSummary::id).toList().indexOf(draft);
		assertThat(index).isNotNegative();
		List<String> cells = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, index);
		assertThat(cells).contains("吉林省科学技术厅").doesNotContain("jilin");
	}

	/**
	 * A draft is not a dead end: its page leads back to the application with the form
	 * filled in and the uploads listed, or deletes it after asking.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aDraftIsContinuedOrDeleted() {
		long draft = this.users.as("applicant", () -> {
			long id = this.cases.create("jilin", "lab-animal-use", Map.of("scope", "继续填写测试")).id();
			this.cases.upload(id, "application-form", "form.pdf", org.kjt.approvals.support.TestFiles.PDF);
			return id;
		});
		login("applicant");
		UI.getCurrent().navigate("portal/case/" + draft);
		com.vaadin.flow.component.html.Anchor resume = _get(com.vaadin.flow.component.html.Anchor.class,
				(spec) -> spec.withId("continue-draft"));
		assertThat(resume.getHref()).isEqualTo("portal/apply/jilin/lab-animal-use?case=" + draft);
		UI.getCurrent()
			.navigate("portal/apply/jilin/lab-animal-use",
					com.vaadin.flow.router.QueryParameters.of("case", String.valueOf(draft)));
		assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, (spec) -> spec.withId("form-scope"))
			.getValue()).isEqualTo("继续填写测试");
		assertThat(_get(com.vaadin.flow.component.html.Span.class, (spec) -> spec.withId("status-application-form"))
			.getText()).isEqualTo("✔ form.pdf");

		UI.getCurrent().navigate("portal/case/" + draft);
		_click(_get(com.vaadin.flow.component.button.Button.class, (spec) -> spec.withId("delete-draft")));
		_click(_get(com.vaadin.flow.component.button.Button.class, (spec) -> spec.withId("delete-draft-confirm")));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.users.as("applicant", () -> this.queries.get(draft)))
			.hasMessageContaining("case.error.notFound");
	}

	/** Submitting an empty form stores nothing and says what is missing. */
	@Test
	void anEmptySubmissionStoresNothing() {
		login("applicant");
		long before = this.users.as("applicant",
				() -> this.queries.mine(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
		UI.getCurrent().navigate("portal/apply/jilin/lab-animal-use");
		assertThat(
				_get(com.vaadin.flow.component.html.Paragraph.class, (spec) -> spec.withId("materials-hint")).getText())
			.contains("保存草稿");
		_click(_get(com.vaadin.flow.component.button.Button.class, (spec) -> spec.withId("submit")));
		long after = this.users.as("applicant",
				() -> this.queries.mine(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
		assertThat(after).isEqualTo(before);
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(ApplyView.class);
	}

	@Autowired
	org.kjt.approvals.support.Applications applications;

}
