package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.kjt.approvals.base.ApprovalsProperties;
import org.kjt.approvals.base.StartupLock;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.CreditCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's expert pool of Liaoning's 科技企业服务处 (password "demo"), one of them from the
 * demo applicant {@code applicant2}'s own organisation so that avoidance shows, and an
 * open call for high-tech enterprise recognition (unless
 * {@code approvals.demo-call=false}, as in the tests, which open their own).
 */
@Component
@Order(20)
class DemoExperts implements ApplicationRunner {

	private static final String DEPARTMENT = "liaoning";

	private static final String DIVISION = "ln.enterprise-services";

	private final ExpertRepository experts;

	private final CallRepository calls;

	private final Accounts accounts;

	private final ApprovalsProperties properties;

	private final StartupLock startupLock;

	private final Clock clock;

	private final boolean demoCall;

	private Set<String> existing = Set.of();

	DemoExperts(ExpertRepository experts, CallRepository calls, Accounts accounts, ApprovalsProperties properties,
			StartupLock startupLock, Clock clock, @Value("${approvals.demo-call:true}") boolean demoCall) {
		this.experts = experts;
		this.calls = calls;
		this.accounts = accounts;
		this.properties = properties;
		this.startupLock = startupLock;
		this.clock = clock;
		this.demoCall = demoCall;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData()) {
			return;
		}
		// Nodes starting together take turns: the second finds the pool there.
		this.startupLock.exclusively(this::createAll);
	}

	private void createAll() {
		// Read once: a node restarting finds the pool there and adds nothing.
		this.existing = this.experts.findAll().stream().map(Expert::getUsername).collect(Collectors.toSet());
		technical("expert1", "王立新", "东北大学", "12210000MB0000001",
				EnumSet.of(Discipline.ELECTRONIC_INFORMATION, Discipline.ADVANCED_MANUFACTURING));
		technical("expert2", "刘晓梅", "大连理工大学", "12210000MB0000002",
				EnumSet.of(Discipline.ELECTRONIC_INFORMATION, Discipline.NEW_MATERIALS));
		technical("expert3", "陈志刚", "中国科学院沈阳自动化研究所", "12100000MB0000003",
				EnumSet.of(Discipline.ELECTRONIC_INFORMATION, Discipline.BIOMEDICINE));
		technical("expert4", "赵雅琴", "辽宁大学", "12210000MB0000004",
				EnumSet.of(Discipline.ELECTRONIC_INFORMATION, Discipline.NEW_ENERGY));
		// Of applicant2's own organisation: never drawn for its applications.
		add("expert7", "钱国栋", "沈阳示例实验动物中心有限公司", "91210100MA0YQ8C254",
				EnumSet.of(Discipline.ELECTRONIC_INFORMATION, Discipline.BIOMEDICINE), ExpertKind.TECHNICAL);
		add("expert5", "孙建华", "辽宁正信会计师事务所有限公司", "91210100MA0000005", Set.of(), ExpertKind.FINANCIAL);
		add("expert6", "周文博", "沈阳华审会计师事务所有限公司", "91210100MA0000006", Set.of(), ExpertKind.FINANCIAL);
		// Reviewers of the natural-science funds: Liaoning's division and Jilin's
		// committee.
		reviewer("ln-reviewer1", "马振宇", "东北大学", "12210000MB0000011", "liaoning", "ln.talent-nsf");
		reviewer("ln-reviewer2", "何晓东", "大连理工大学", "12210000MB0000012", "liaoning", "ln.talent-nsf");
		reviewer("ln-reviewer3", "胡静", "辽宁大学", "12210000MB0000013", "liaoning", "ln.talent-nsf");
		reviewer("ln-reviewer4", "罗斌", "沈阳工业大学", "12210000MB0000014", "liaoning", "ln.talent-nsf");
		reviewer("jl-reviewer1", "郭明", "吉林大学", "12220000MB0000021", "jilin", "jl.nsf-committee");
		reviewer("jl-reviewer2", "林雪", "东北师范大学", "12220000MB0000022", "jilin", "jl.nsf-committee");
		reviewer("jl-reviewer3", "郑凯", "长春理工大学", "12220000MB0000023", "jilin", "jl.nsf-committee");
		reviewer("jl-reviewer4", "谢丽", "中国科学院长春光学精密机械与物理研究所", "12100000MB0000024", "jilin", "jl.nsf-committee");
		// Discipline panels of the science awards (five a panel, one more to spare).
		String[] judges = { "韩立平", "杜鹏", "孔繁华", "曾庆丰", "彭晓燕", "潘志强" };
		for (int i = 0; i < judges.length; i++) {
			judge("ln-judge" + (i + 1), judges[i], "辽宁省高校" + (i + 1), "12210000MB003" + i + "000", "liaoning",
					"ln.transfer-awards");
			judge("jl-judge" + (i + 1), judges[i] + "(吉林)", "吉林省高校" + (i + 1), "12220000MB004" + i + "000", "jilin",
					"jl.planning");
		}
		if (this.demoCall
				&& this.calls.findByDepartmentCodeAndItemCodeOrderByOpensAtDesc(DEPARTMENT, "high-tech-enterprise")
					.isEmpty()) {
			Instant now = this.clock.instant();
			this.calls.save(new Call(DEPARTMENT, "high-tech-enterprise", "高新技术企业认定(演示批次)",
					now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)), null, "ln-enterprise", now));
		}
	}

	private void reviewer(String username, String name, String organisation, String code, String department,
			String division) {
		if (this.existing.contains(username)) {
			return;
		}
		String creditCode = CreditCode.withCheck(code.substring(0, 17));
		this.accounts.createDemoExpert(username, name, department, division, organisation, creditCode);
		this.experts.save(new Expert(department, division, username, name, organisation, creditCode,
				EnumSet.of(Discipline.INFORMATION_SCIENCES, Discipline.ENGINEERING_MATERIALS), ExpertKind.TECHNICAL,
				"0431-8516" + username.substring(username.length() - 1) + "000"));
	}

	private void judge(String username, String name, String organisation, String code, String department,
			String division) {
		if (this.existing.contains(username)) {
			return;
		}
		String creditCode = CreditCode.withCheck(code.substring(0, 17));
		this.accounts.createDemoExpert(username, name, department, division, organisation, creditCode);
		this.experts.save(new Expert(department, division, username, name, organisation, creditCode,
				EnumSet.of(Discipline.INFORMATION_SCIENCES, Discipline.ELECTRONIC_INFORMATION), ExpertKind.TECHNICAL,
				"024-2200" + username.substring(username.length() - 1) + "000"));
	}

	private void technical(String username, String name, String organisation, String code,
			Set<Discipline> disciplines) {
		add(username, name, organisation, code, disciplines, ExpertKind.TECHNICAL);
	}

	private void add(String username, String name, String organisation, String code, Set<Discipline> disciplines,
			ExpertKind kind) {
		if (this.existing.contains(username)) {
			return;
		}
		String creditCode = (code.length() == 18 && CreditCode.isValid(code)) ? code
				: CreditCode.withCheck(code.substring(0, 17));
		this.accounts.createDemoExpert(username, name, DEPARTMENT, DIVISION, organisation, creditCode);
		this.experts.save(new Expert(DEPARTMENT, DIVISION, username, name, organisation, creditCode, disciplines, kind,
				"024-2398" + username.substring(username.length() - 1) + "000"));
	}

}
