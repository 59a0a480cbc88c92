package org.kjt.approvals.outboundtraining.api;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.outboundtraining.OutboundFixtures;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit's outbound-training endpoints, and the refusals they give. */
@ApprovalsTest
class OutboundApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboundFixtures outbound;

	@Autowired
	Tasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void day() {
		this.clock.setDate(LocalDate.of(2026, 11, 2));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theUnitConfirmsThePublicityAndFilesTheReport() throws Exception {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.general());
		this.clock.setDate(LocalDate.of(2026, 11, 9));
		// Bad input: a clear error naming the field, nothing recorded.
		int events = this.views.as("applicant", id).history().size();
		act(id, "publicity", "applicant", "{\"from\":\"2026-11-02\",\"to\":\"6 November\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("publicityTo"));
		act(id, "publicity", "applicant", "{\"from\":\"2026-11-06\",\"to\":\"2026-11-02\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("公示结束日不能早于开始日"));
		assertThat(this.views.as("applicant", id).history()).hasSize(events);
		// Too short: refused by the rule with a 4xx naming it; the refusal stays on
		// record.
		act(id, "publicity", "applicant", "{\"from\":\"2026-11-02\",\"to\":\"2026-11-05\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("publicityTo"))
			.andExpect(jsonPath("$.code").value("outbound.error.publicityRefused"))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("不足 5 个工作日")));
		assertThat(this.views.as("applicant", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("PUBLICITY_REFUSED");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");

		act(id, "publicity", "applicant", "{\"from\":\"2026-11-02\",\"to\":\"2026-11-06\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("travel"));

		this.clock.setDate(LocalDate.of(2026, 12, 14));
		this.tasks.fireTimer(id, "tripReturned");
		act(id, "report", "applicant",
				"{\"whatWasDone\":\"完成培训\",\"actualItinerary\":\"DEU:2026-12-07:2026-12-11\","
						+ "\"actualCostCny\":\"29000\",\"publishedOn\":\"2026-12-14\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("passportsReturnedOn"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		act(id, "report", "applicant", "{\"whatWasDone\":\"完成培训\",\"actualItinerary\":\"DEU:2026-12-07:2026-12-11\","
				+ "\"actualCostCny\":\"29000\",\"publishedOn\":\"2026-12-14\",\"passportsReturnedOn\":\"2026-12-14\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").doesNotExist());
	}

	@Test
	void nobodyElseActsOnTheTrip() throws Exception {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.general());
		String publicity = "{\"from\":\"2026-10-26\",\"to\":\"2026-10-30\"}";
		// Another unit: the case does not exist for it.
		act(id, "publicity", "applicant2", publicity).andExpect(status().isNotFound());
		act(id, "trip-withdrawal", "applicant2", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
		// Staff, even of the responsible division, do not act for the unit.
		act(id, "publicity", "jl-intl", publicity).andExpect(status().isForbidden());
		act(id, "participants", "jl-intl", "{\"participants\":\"张三|研究员|省科学院|45\"}").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/cases/{id}/publicity", id).contentType(MediaType.APPLICATION_JSON).content(publicity))
			.andExpect(status().isUnauthorized());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		assertThat(this.views.as("applicant", id).history()).extracting(CaseView.HistoryEntry::type)
			.doesNotContain("PUBLICITY_CONFIRMED", "PUBLICITY_SUBMITTED");
	}

	@Test
	void aRevisionIsOnlyForAReturnedTripAndIsCheckedAgain() throws Exception {
		long id = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.general());
		// Not returned: nothing to revise.
		act(id, "revision", "applicant", "{\"invitation\":\"新邀请函\"}").andExpect(status().isConflict());
		this.tasks.complete("ln-expert", id, "completenessCheck", "return", "缺译文", Map.of("returnReasons", "请补充译文"));
		act(id, "revision", "applicant", "{\"itinerary\":\"DEU:2026-12-15:2026-12-07\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("itinerary"));
		assertThat(this.views.as("applicant", id).form()).containsEntry("itinerary", "DEU:2026-12-07:2026-12-11");
		act(id, "revision", "applicant", "{\"invitation\":\"邀请函及译文\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("completenessCheck"));
	}

	@Test
	void theFilingReceiptPrintsAsAnEscapedPageForThoseWhoMaySeeTheCase() throws Exception {
		Map<String, Object> form = OutboundFixtures.general();
		form.put("projectName", "<script>alert(1)</script>智能制造");
		long id = this.outbound.submitted("applicant", "jilin", form);
		CaseView.NoticeView receipt = this.views.as("applicant", id).notices().get(0);
		for (String reader : new String[] { "applicant", "jl-intl" }) {
			this.mvc.perform(get("/api/cases/{id}/notices/0", id).with(httpBasic(reader, "demo")))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("<h1 id=\"title\">因公出国(境)培训项目备案回执</h1>")))
				.andExpect(content().string(containsString(receipt.number())))
				.andExpect(content().string(containsString("受理编号 " + this.views.as("applicant", id).referenceNo())))
				.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;智能制造")))
				.andExpect(content().string(not(containsString("<script>"))));
		}
		this.mvc.perform(get("/api/cases/{id}/notices/1", id).with(httpBasic("applicant", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(
					jsonPath("$.error").value("案件 " + this.views.as("applicant", id).referenceNo() + " 没有序号为 1 的文书"));
		this.mvc.perform(get("/api/cases/{id}/notices/0", id).with(httpBasic("applicant2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cases/{id}/notices/0", id).with(httpBasic("ln-expert", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cases/{id}/notices/0", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void materialsOpenOnlyToTheUnitAndTheDivisionsHandlingTheItem() throws Exception {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.key());
		long material = this.views.as("applicant", id).materials().get(0).id();
		for (String reader : new String[] { "applicant", "jl-intl" }) {
			this.mvc.perform(get("/api/cases/{id}/materials/{m}", id, material).with(httpBasic(reader, "demo")))
				.andExpect(status().isOk());
		}
		// The approval office sees the case in its department, but does not handle trips.
		this.mvc.perform(get("/api/cases/{id}/materials/{m}", id, material).with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(
					jsonPath("$.error").value("案件 " + this.views.as("applicant", id).referenceNo() + " 的材料仅限承办处室查阅"));
		this.mvc.perform(get("/api/cases/{id}/materials/{m}", id, material).with(httpBasic("applicant2", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theUnitFollowsEveryStepWithoutStaffOpinionsOrNames() throws Exception {
		long id = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.general());
		this.tasks.complete("ln-expert", id, "completenessCheck", "return", "内部意见:译文缺失,退回",
				Map.of("returnReasons", "请补充邀请函中文译文"));
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[?(@.type == 'TASK_COMPLETED')].step").value("completenessCheck"))
			.andExpect(content().string(not(containsString("内部意见"))))
			.andExpect(content().string(not(containsString("ln-expert"))))
			// What the unit is told is in the notice.
			.andExpect(content().string(containsString("请补充邀请函中文译文")));
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("ln-expert-head", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内部意见:译文缺失,退回")))
			.andExpect(jsonPath("$.history[?(@.type == 'TASK_COMPLETED')].actor").value("ln-expert"));
	}

	private ResultActions act(long id, String action, String user, String json) throws Exception {
		return this.mvc.perform(post("/api/cases/{id}/" + action, id).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
