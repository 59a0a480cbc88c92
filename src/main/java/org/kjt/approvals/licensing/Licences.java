package org.kjt.approvals.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.cases.LicenceFacts;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.documents.NoticeType;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensing process's decision step ({@code ${licensingSteps.decide(execution)}}) and
 * the public verification of licences.
 */
@Component("licensingSteps")
public class Licences {

	private final LicenceRepository licences;

	private final CaseSteps caseSteps;

	private final Catalogue catalogue;

	private final Clock clock;

	private final OrgStructure orgStructure;

	Licences(LicenceRepository licences, CaseSteps caseSteps, Catalogue catalogue, Clock clock,
			OrgStructure orgStructure) {
		this.orgStructure = orgStructure;
		this.licences = licences;
		this.caseSteps = caseSteps;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * Art. 38/39: on a grant the licence is issued (number, holder, item, scope,
	 * validity), then the written decision; on a refusal only the decision.
	 * @param execution the process execution
	 */
	public void decide(DelegateExecution execution) {
		if (!"grant".equals(execution.getVariable("proposal"))) {
			this.caseSteps.decided(execution, null, null);
			return;
		}
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		String department = (String) execution.getVariable("departmentCode");
		ServiceItem item = this.catalogue.require(department, (String) execution.getVariable("itemCode"));
		LicenceFacts facts = this.caseSteps.licenceFacts(execution);
		LocalDate issuedOn = LocalDate.now(this.clock);
		LocalDate validUntil = issuedOn.plusYears(item.licenceValidityYears()).minusDays(1);
		String number = nextNumber(department, item, issuedOn.getYear());
		this.licences.save(new Licence(number, caseId, department, item.code(), facts.holder(),
				facts.holderCreditCode(), facts.scope(), issuedOn, validUntil)
			.particulars(facts.facilityAddress(), facts.legalRepresentative()));
		String text = "持证单位:%s\n许可事项:%s\n许可范围:%s\n有效期:%s 至 %s".formatted(facts.holder(), item.name(), facts.scope(),
				issuedOn, validUntil);
		this.caseSteps.decided(execution, number, text);
	}

	/**
	 * Art. 50: renewal granted; the licence runs for another period from the day after
	 * its current one ends, and the decision says until when.
	 * @param execution the process execution
	 */
	@Transactional
	public void renewed(DelegateExecution execution) {
		Licence licence = renew(execution);
		this.caseSteps.grantWith(execution, NoticeType.GRANT, "notice.renewal.title", "notice.renewal.body",
				licence.getNumber(), licence.getHolder(), licence.getValidUntil());
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Art. 50: no decision by the end of the licence's last valid day, so renewal is
	 * deemed granted; the open review or sign-off was ended by the timer.
	 * @param execution the process execution
	 */
	@Transactional
	public void deemedRenewed(DelegateExecution execution) {
		Licence licence = renew(execution);
		this.caseSteps.grantWith(execution, NoticeType.GRANT, "notice.renewalDeemed.title", "notice.renewalDeemed.body",
				licence.getNumber(), licence.getHolder(), licence.getValidUntil());
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "deemedGrant");
	}

	/**
	 * Renewal refused: the written decision with reasons and remedies; the licence ends
	 * as it stands.
	 * @param execution the process execution
	 */
	public void renewalRefused(DelegateExecution execution) {
		this.caseSteps.decided(execution, null, null);
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "refuse");
	}

	/**
	 * Art. 49: the change is granted; the licence states the new particular from now on.
	 * @param execution the process execution
	 */
	@Transactional
	public void changed(DelegateExecution execution) {
		Licence licence = licence(execution);
		String type = (String) execution.getVariable("changeType");
		String before = licence.current(type);
		String after = (String) execution.getVariable("newValue");
		licence.change(type, after);
		this.caseSteps.grantWith(execution, NoticeType.GRANT, "notice.licenceChange.title", "notice.licenceChange.body",
				licence.getNumber(), this.caseSteps.text("licence.change." + type), (before != null) ? before : "—",
				after);
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Change refused: the written decision with reasons and remedies; the licence stays
	 * as it is.
	 * @param execution the process execution
	 */
	public void changeRefused(DelegateExecution execution) {
		renewalRefused(execution);
	}

	private Licence licence(DelegateExecution execution) {
		String number = (String) execution.getVariable("licenceNumber");
		return this.licences.findByNumber(number)
			.orElseThrow(() -> new IllegalStateException("Licence " + number + " of a case is gone"));
	}

	private Licence renew(DelegateExecution execution) {
		Licence licence = licence(execution);
		ServiceItem licensed = this.catalogue.require(licence.getDepartmentCode(), licence.getItemCode());
		licence.renewUntil(licence.getValidUntil().plusYears(licensed.licenceValidityYears()));
		return licence;
	}

	/**
	 * Looks a licence up by number; public, no personal data beyond the holder
	 * organisation.
	 * @param number licence number
	 * @return the licence and whether it is valid today
	 */
	@Transactional(readOnly = true)
	public LicenceView verify(String number) {
		Licence licence = this.licences.findByNumber(number)
			.orElseThrow(() -> DomainException.notFound("licence.error.notFound", number));
		return view(licence);
	}

	/**
	 * The licence a case was granted, if any.
	 * @param caseId case
	 * @return the licence
	 */
	@Transactional(readOnly = true)
	public Optional<LicenceView> forCase(long caseId) {
		return this.licences.findByCaseId(caseId).map(this::view);
	}

	private LicenceView view(Licence licence) {
		String status = "REVOKED".equals(licence.getStatus()) ? "REVOKED"
				: licence.getValidUntil().isBefore(LocalDate.now(this.clock)) ? "EXPIRED" : "VALID";
		String itemName = this.catalogue.find(licence.getItemCode())
			.map(ServiceItem::name)
			.orElse(licence.getItemCode());
		return new LicenceView(licence.getNumber(), status, licence.getHolder(), licence.getItemCode(), itemName,
				licence.getDepartmentCode(), licence.getScope(), licence.getIssuedOn(), licence.getValidUntil(),
				licence.getFacilityAddress(), licence.getLegalRepresentative());
	}

	/** 实验动物生产/使用许可证: SCXK or SYXK, province, year, sequence; unique by constraint. */
	private String nextNumber(String department, ServiceItem item, int year) {
		String kind = "lab-animal-production".equals(item.code()) ? "SCXK" : "SYXK";
		String province = this.orgStructure.requireDepartment(department).abbreviation();
		String prefix = "%s(%s)%d-".formatted(kind, province, year);
		return prefix + "%04d".formatted(this.licences.countWithPrefix(prefix) + 1);
	}

}
