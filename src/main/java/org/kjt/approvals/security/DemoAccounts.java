package org.kjt.approvals.security;

import java.util.EnumSet;
import java.util.Set;

import org.kjt.approvals.base.ApprovalsProperties;
import org.kjt.approvals.base.StartupLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (password {@code demo}) for the embedded default and the tests; never
 * created under the {@code mysql} profile unless {@code DEMO_DATA=true}. Idempotent.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private final Accounts accounts;

	private final ApprovalsProperties properties;

	private final StartupLock startupLock;

	private final Organisations organisations;

	DemoAccounts(Accounts accounts, ApprovalsProperties properties, StartupLock startupLock,
			Organisations organisations) {
		this.organisations = organisations;
		this.startupLock = startupLock;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData()) {
			return;
		}
		// Nodes starting together take turns: the second finds the accounts there.
		this.startupLock.exclusively(this::createAll);
	}

	private void createAll() {
		applicant("applicant", "长春示例生物科技有限公司", "91220101MA17XK4Y31", "张明", "13904310001", "applicant@example.cn");
		applicant("applicant2", "沈阳示例实验动物中心有限公司", "91210100MA0YQ8C254", "李华", "13840240002", "applicant2@example.cn");
		staff("jl-approval", "吉林审批办 王科员", "jilin", "jl.approval-office");
		staff("jl-approval2", "吉林审批办 赵科员", "jilin", "jl.approval-office");
		staff("jl-approval-head", "吉林审批办 刘主任", "jilin", "jl.approval-office", Role.DIVISION_HEAD);
		staff("jl-intl", "吉林国际合作处 陈科员", "jilin", "jl.international");
		staff("jl-intl-head", "吉林国际合作处 孙处长", "jilin", "jl.international", Role.DIVISION_HEAD);
		staff("jl-leader", "吉林厅领导 周副厅长", "jilin", "jl.leadership", Role.LEADER);
		staff("ln-approval", "辽宁行政审批处 吴科员", "liaoning", "ln.office");
		staff("ln-approval2", "辽宁行政审批处 郑科员", "liaoning", "ln.office");
		staff("ln-approval-head", "辽宁行政审批处 冯处长", "liaoning", "ln.office", Role.DIVISION_HEAD);
		staff("ln-expert", "辽宁外专处 何科员", "liaoning", "ln.foreign-experts");
		staff("ln-expert-head", "辽宁外专处 吕处长", "liaoning", "ln.foreign-experts", Role.DIVISION_HEAD);
		staff("ln-leader", "辽宁厅领导 韩副厅长", "liaoning", "ln.leadership", Role.LEADER);
		staff("jl-nsf", "吉林省自然科学基金委 林干事", "jilin", "jl.nsf-committee");
		staff("jl-basic-head", "吉林基础研究处 高处长", "jilin", "jl.basic-research", Role.DIVISION_HEAD);
		staff("ln-nsf", "辽宁人才与基金处 唐科员", "liaoning", "ln.talent-nsf");
		staff("ln-nsf-head", "辽宁人才与基金处 宋处长", "liaoning", "ln.talent-nsf", Role.DIVISION_HEAD);
		staff("jl-planning", "吉林发展计划处 钟科员", "jilin", "jl.planning");
		staff("ln-awards", "辽宁成果转化与奖励处 白科员", "liaoning", "ln.transfer-awards");
		staff("ln-enterprise", "辽宁科技企业服务处 许科员", "liaoning", "ln.enterprise-services");
		staff("ln-enterprise-head", "辽宁科技企业服务处 曹处长", "liaoning", "ln.enterprise-services", Role.DIVISION_HEAD);
		this.accounts.createIfAbsent("admin", PASSWORD, "系统管理员", AccountKind.ADMIN, null, null, EnumSet.of(Role.ADMIN));
	}

	private void applicant(String username, String organisation, String creditCode, String contact, String phone,
			String email) {
		this.accounts.createIfAbsent(username, PASSWORD, organisation, AccountKind.APPLICANT, null, null,
				EnumSet.of(Role.APPLICANT));
		this.accounts.describeDemoOrganisation(username, creditCode, contact, phone, email);
		// Demo organisations are verified: their accounts apply at once.
		this.organisations.registerDemo(username, creditCode, organisation,
				creditCode.startsWith("22", 2) ? "jilin" : "liaoning");
	}

	private void staff(String username, String displayName, String department, String division, Role... roles) {
		Set<Role> granted = EnumSet.of(Role.STAFF);
		granted.addAll(Set.of(roles));
		this.accounts.createIfAbsent(username, PASSWORD, displayName, AccountKind.STAFF, department, division, granted);
	}

}
