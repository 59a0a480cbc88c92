package org.kjt.approvals.orgstructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Both departments as the seeds publish them, the routing table, and its admin changes.
 */
@ApprovalsTest
class OrgStructureTests {

	@Autowired
	OrgStructure orgStructure;

	@Autowired
	OrgDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void jilinAsTheSeedPublishesIt() throws IOException {
		DepartmentDetails jilin = this.orgStructure.details("jilin");
		assertThat(jilin.name()).isEqualTo("吉林省科学技术厅");
		assertThat(jilin.rank()).isEqualTo("正厅级");
		assertThat(jilin.rankStated()).isTrue();
		assertThat(jilin.address()).isEqualTo("吉林省科学技术厅位于吉林省长春市民康路522号。");
		assertThat(jilin.duties()).hasSize(17);
		assertThat(jilin.duties().get(16).label()).isEqualTo("(十七)");
		assertThat(jilin.duties().get(16).functionTransformation()).isTrue();
		assertThat(jilin.duties().get(16).text()).startsWith("职能转变。").contains("对一般性出国(境)培训项目和其他培训项目不再进行审批审核");
		assertThat(jilin.divisions()).filteredOn((d) -> d.kind() == UnitKind.INTERNAL).hasSize(13);
		assertThat(jilin.divisions()).filteredOn((d) -> d.kind() == UnitKind.PARTY)
			.extracting(DepartmentDetails.Division::name)
			.containsExactly("机关党委");
		assertThat(jilin.divisions()).filteredOn((d) -> d.kind() == UnitKind.LEADERSHIP).hasSize(1);
		assertThat(jilin.affiliatedUnits()).hasSize(8).startsWith("机关事务服务中心").endsWith("吉林省科技资金运行服务中心");
		assertThat(jilin.honours()).hasSize(1);
		assertThat(jilin.leaders()).isEmpty();
		verbatim(jilin, "000_");
	}

	@Test
	void liaoningAsTheSeedPublishesIt() throws IOException {
		DepartmentDetails liaoning = this.orgStructure.details("liaoning");
		assertThat(liaoning.duties()).hasSize(17);
		assertThat(liaoning.duties()).filteredOn(DepartmentDetails.Duty::functionTransformation)
			.extracting(DepartmentDetails.Duty::label)
			.containsExactly("职能转变");
		assertThat(liaoning.divisions()).filteredOn((d) -> d.kind() == UnitKind.INTERNAL).hasSize(14);
		assertThat(liaoning.divisions().get(0).name()).isEqualTo("办公室(行政审批处)");
		assertThat(liaoning.divisions().get(11).name()).isEqualTo("科技人才与自然科学基金处");
		assertThat(liaoning.divisions().get(13).note()).isEqualTo("机关党委办公室与人事处合署办公。");
		assertThat(liaoning.honours()).hasSize(2);
		assertThat(liaoning.leaders()).singleElement()
			.satisfies((leader) -> assertThat(leader.name()).isEqualTo("王成鑫"));
		assertThat(liaoning.effectiveDate()).isEqualTo(LocalDate.of(2019, 6, 10));
		assertThat(liaoning.replaces()).contains("2018年11月4日");
		assertThat(liaoning.rankStated()).isFalse();
		// Not stated in the seed, so not published as a fact.
		assertThat(liaoning.rank()).isNull();
		assertThat(this.orgStructure.summaries()).filteredOn((summary) -> summary.code().equals("liaoning"))
			.singleElement()
			.satisfies((summary) -> assertThat(summary.rank()).isNull());
		verbatim(liaoning, "001_");
	}

	@Test
	void routingPerDepartmentItemAndStep() {
		assertThat(code("jilin", "lab-animal-production", StepRole.INTAKE)).isEqualTo("jl.approval-office");
		assertThat(code("jilin", "lab-animal-use", StepRole.SIGN_OFF)).isEqualTo("jl.approval-office");
		assertThat(code("jilin", "work-permit", StepRole.INTAKE)).isEqualTo("jl.approval-office");
		// The approval office's remit covers the department's 行政审批事项; 国际合作处's says
		// nothing of foreign experts.
		assertThat(code("jilin", "work-permit", StepRole.REVIEW)).isEqualTo("jl.approval-office");
		assertThat(code("jilin", "work-permit", StepRole.SIGN_OFF)).isEqualTo("jl.approval-office");
		assertThat(code("jilin", "outbound-training", StepRole.REVIEW)).isEqualTo("jl.international");
		assertThat(code("jilin", "lab-animal-production", StepRole.EXTENSION_APPROVAL)).isEqualTo("jl.leadership");
		assertThat(code("liaoning", "lab-animal-production", StepRole.REVIEW)).isEqualTo("ln.office");
		assertThat(code("liaoning", "work-permit", StepRole.INTAKE)).isEqualTo("ln.office");
		assertThat(code("liaoning", "work-permit", StepRole.SIGN_OFF)).isEqualTo("ln.foreign-experts");
		assertThat(code("liaoning", "outbound-training", StepRole.INTAKE)).isEqualTo("ln.foreign-experts");
		assertThat(code("liaoning", "lab-animal-use", StepRole.EXTENSION_APPROVAL)).isEqualTo("ln.leadership");
		assertThatThrownBy(() -> code("liaoning", "no-such-item", StepRole.INTAKE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no-such-item");
	}

	@Test
	void loadingTheUnchangedFilesAgainChangesNothing() {
		int divisions = count("org_division");
		int texts = count("org_text");
		int routing = count("org_routing");
		int changes = count("org_routing_change");
		assertThat(this.loader.loadAll()).isZero();
		assertThat(count("org_division")).isEqualTo(divisions).isEqualTo(31);
		assertThat(count("org_text")).isEqualTo(texts);
		assertThat(count("org_routing")).isEqualTo(routing).isEqualTo(73);
		assertThat(count("org_routing_change")).isEqualTo(changes);
	}

	@Test
	@WithMockUser(username = "jl-approval", roles = "STAFF")
	void onlyAdminsChangeRouting() {
		assertThatThrownBy(() -> this.orgStructure.changeRouting("jilin", "work-permit", StepRole.REVIEW,
				"jl.international", "试试"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(code("jilin", "work-permit", StepRole.REVIEW)).isEqualTo("jl.approval-office");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminChangesAreCheckedRecordedAndApplyToNewLookups() {
		assertThatThrownBy(() -> this.orgStructure.changeRouting("jilin", "work-permit", StepRole.REVIEW,
				"ln.foreign-experts", "跨省"))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("org.error.otherDepartment");
		assertThatThrownBy(
				() -> this.orgStructure.changeRouting("jilin", "work-permit", StepRole.REVIEW, "jl.international", " "))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("org.error.reasonRequired");
		int before = this.orgStructure.routingChanges("jilin").size();
		this.orgStructure.changeRouting("jilin", "work-permit", StepRole.REVIEW, "jl.international", "临时调整");
		try {
			assertThat(code("jilin", "work-permit", StepRole.REVIEW)).isEqualTo("jl.international");
			RoutingChangeView change = this.orgStructure.routingChanges("jilin").get(0);
			assertThat(change.changedBy()).isEqualTo("admin");
			assertThat(change.oldDivision()).isEqualTo("jl.approval-office");
			assertThat(change.newDivision()).isEqualTo("jl.international");
			assertThat(this.orgStructure.routingChanges("jilin")).hasSize(before + 1);
			assertThat(this.orgStructure.routing("jilin"))
				.filteredOn((entry) -> entry.item().equals("work-permit") && entry.role() == StepRole.REVIEW)
				.singleElement()
				.satisfies((entry) -> assertThat(entry.source()).isEqualTo("ADMIN"));
		}
		finally {
			this.orgStructure.changeRouting("jilin", "work-permit", StepRole.REVIEW, "jl.approval-office", "恢复");
		}
	}

	@Test
	void publicRestApi() throws Exception {
		this.mvc.perform(get("/api/departments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.code == 'jilin')].divisionCount").value(16));
		// The list is one query; it agrees with each department's details.
		assertThat(this.orgStructure.summaries()).extracting(DepartmentSummary::code)
			.containsExactly("jilin", "liaoning");
		for (DepartmentSummary summary : this.orgStructure.summaries()) {
			DepartmentDetails details = this.orgStructure.details(summary.code());
			assertThat(summary).isEqualTo(new DepartmentSummary(details.code(), details.name(), details.nameEn(),
					details.rank(), details.address(), details.divisions().size()));
		}
		this.mvc.perform(get("/api/departments/liaoning"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.divisions[?(@.code == 'ln.foreign-experts')].name").value("外国专家与国际合作处"));
		this.mvc.perform(get("/api/departments/hebei"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("未知的部门:hebei"));
		// The routing is public; who changed it is not.
		this.mvc.perform(get("/api/departments/jilin/routing"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].division").isNotEmpty())
			.andExpect(jsonPath("$[0].updatedBy").doesNotExist());
		this.mvc.perform(get("/api/departments/jilin/routing/changes")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/departments/jilin/routing/changes").with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/departments/jilin/routing/changes").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		String change = "{\"division\":\"jl.approval-office\",\"reason\":\"x\"}";
		this.mvc
			.perform(put("/api/departments/jilin/routing/work-permit/REVIEW").contentType(MediaType.APPLICATION_JSON)
				.content(change))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(put("/api/departments/jilin/routing/work-permit/REVIEW").contentType(MediaType.APPLICATION_JSON)
				.content(change)
				.with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isForbidden());
	}

	/**
	 * Every stored duty and remit is in the seed file, verbatim once its line-wraps are
	 * joined.
	 */
	private static void verbatim(DepartmentDetails department, String prefix) throws IOException {
		String seed = Files.readString(seed(prefix)).replace("\n", "");
		for (DepartmentDetails.Duty duty : department.duties()) {
			assertThat(seed).contains(duty.text());
		}
		department.divisions()
			.stream()
			.filter((division) -> division.kind() != UnitKind.LEADERSHIP)
			.forEach((division) -> assertThat(seed).contains(division.name()).contains(division.remit()));
		department.honours().forEach((honour) -> assertThat(seed).contains(honour));
	}

	/**
	 * The seed documents as kept in the repository, beside the org data taken from them
	 * (never outside it: a fresh clone must pass on its own).
	 */
	private static Path seed(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/reference/org/seeds"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No seed document " + prefix + "* in the repository"));
		}
	}

	private String code(String department, String item, StepRole role) {
		return this.orgStructure.responsibleDivision(department, item, role).code();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
