package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.StepRole;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: opened and extended (once, with a reason) by the division that
 * reviews the item, published to everyone, and the window every first submission of an
 * evaluated item must fall in.
 */
@Service
public class Calls {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CallRepository calls;

	private final CallEntryRepository entries;

	private final EvaluationItems items;

	private final Catalogue catalogue;

	private final OrgStructure orgStructure;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final EntityManager entityManager;

	Calls(CallRepository calls, CallEntryRepository entries, EvaluationItems items, Catalogue catalogue,
			OrgStructure orgStructure, CurrentUser currentUser, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.calls = calls;
		this.entries = entries;
		this.items = items;
		this.catalogue = catalogue;
		this.orgStructure = orgStructure;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Opens a call, by staff of the division that reviews the item in their department.
	 * @param itemCode evaluated item
	 * @param title the call's title, e.g. 2027年度高新技术企业认定(第一批)
	 * @param opensAt when submissions open
	 * @param closesAt when they close
	 * @param quota most applications taken, or null for none
	 * @return the call
	 */
	@Transactional
	public CallView open(String itemCode, String title, Instant opensAt, Instant closesAt, @Nullable Integer quota) {
		AppUser me = this.currentUser.require();
		String department = managing(me, itemCode);
		String name = (title == null) ? "" : title.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.invalid("title", "call.error.title");
		}
		if (!closesAt.isAfter(opensAt)) {
			throw DomainException.invalid("closesAt", "call.error.window", format(opensAt), format(closesAt));
		}
		if (quota != null && quota < 1) {
			throw DomainException.invalid("quota", "call.error.quota");
		}
		requireNoOverlap(department, itemCode, null, opensAt, closesAt);
		Call call = this.calls
			.save(new Call(department, itemCode, name, opensAt, closesAt, quota, me.username(), this.clock.instant()));
		return view(call, 0, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * Extends a call's window once, with the reason on the record.
	 * @param callId the call
	 * @param closesAt the new closing time, later than the present one
	 * @param reason why
	 * @return the call
	 */
	@Transactional
	public CallView extend(long callId, Instant closesAt, String reason) {
		AppUser me = this.currentUser.require();
		Call call = this.calls.lock(callId).orElseThrow(() -> DomainException.notFound("call.error.notFound", callId));
		if (!call.getDepartmentCode().equals(managing(me, call.getItemCode()))) {
			throw DomainException.notFound("call.error.notFound", callId);
		}
		if (call.isExtended()) {
			throw DomainException.conflict("call.error.extendedOnce", call.getTitle(), call.getExtensionReason());
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw DomainException.invalid("reason", "call.error.reason");
		}
		if (!closesAt.isAfter(call.getClosesAt())) {
			throw DomainException.invalid("closesAt", "call.error.extensionEarlier", format(call.getClosesAt()));
		}
		if (!this.clock.instant().isBefore(call.getClosesAt())) {
			throw DomainException.conflict("call.error.alreadyClosed", call.getTitle(), format(call.getClosesAt()));
		}
		requireNoOverlap(call.getDepartmentCode(), call.getItemCode(), call.getId(), call.getOpensAt(), closesAt);
		call.extend(closesAt, reason.strip(), me.username(), this.clock.instant());
		return view(call, call.getEntries(), Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * One call of an item at a time: the item's calls are read locked, so that two opened
	 * or extended together cannot overlap either.
	 */
	private void requireNoOverlap(String department, String itemCode, @Nullable Long except, Instant opensAt,
			Instant closesAt) {
		for (Call other : this.calls.lockOfItem(department, itemCode)) {
			if (!other.getId().equals(except) && other.getOpensAt().isBefore(closesAt)
					&& opensAt.isBefore(other.getClosesAt())) {
				throw DomainException.conflict("call.error.overlap", other.getTitle(), format(other.getOpensAt()),
						format(other.getClosesAt()));
			}
		}
	}

	/**
	 * The calls open now or still to come, and those closed in the last year, of a
	 * department (all when null); public.
	 * @param departmentCode department, or null for both
	 * @param locale the reader's language
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<CallView> published(@Nullable String departmentCode, Locale locale) {
		Instant now = this.clock.instant();
		List<Call> found = this.calls.notClosedBefore(departmentCode, now.minus(java.time.Duration.ofDays(365)));
		return found.stream().map((call) -> view(call, call.getEntries(), locale)).toList();
	}

	/**
	 * The calls open now, for the applicant's list of what can be applied for.
	 * @param departmentCode department
	 * @param itemCode item
	 * @return the open call, if any
	 */
	@Transactional(readOnly = true)
	public Optional<CallView> openNow(String departmentCode, String itemCode) {
		Instant now = this.clock.instant();
		return this.calls.findByDepartmentCodeAndItemCodeOrderByOpensAtDesc(departmentCode, itemCode)
			.stream()
			.filter((call) -> call.isOpenAt(now))
			.findFirst()
			.map((call) -> view(call, call.getEntries(), Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * A first submission of an evaluated item: it must fall in an open call of its
	 * department, within its quota; the case is counted in the call. Runs in the
	 * submission's transaction, so a refused or failed submission counts nothing.
	 * @param caseId the case submitted
	 * @param departmentCode department applied to
	 * @param itemCode item
	 * @return the call
	 */
	@Transactional
	public CallView enter(long caseId, String departmentCode, String itemCode) {
		Instant now = this.clock.instant();
		List<Call> ofItem = this.calls.findByDepartmentCodeAndItemCodeOrderByOpensAtDesc(departmentCode, itemCode);
		Call open = ofItem.stream().filter((call) -> call.isOpenAt(now)).findFirst().orElse(null);
		if (open == null) {
			Optional<Call> coming = ofItem.stream()
				.filter((call) -> call.getOpensAt().isAfter(now))
				.min(Comparator.comparing(Call::getOpensAt));
			if (coming.isPresent()) {
				throw DomainException.conflict("call.error.notYetOpen", coming.get().getTitle(),
						format(coming.get().getOpensAt()), format(coming.get().getClosesAt()));
			}
			if (!ofItem.isEmpty()) {
				Call last = ofItem.get(0);
				throw DomainException.conflict("call.error.closed", last.getTitle(), format(last.getOpensAt()),
						format(last.getClosesAt()));
			}
			throw DomainException.conflict("call.error.none");
		}
		// Taken in turn, the count read as last committed (a locking read): the last
		// place
		// of a quota goes to one submission only.
		Call call = open;
		this.entityManager.refresh(call, LockModeType.PESSIMISTIC_WRITE);
		if (call.getQuota() != null && call.getEntries() >= call.getQuota()) {
			throw DomainException.conflict("call.error.quotaReached", call.getTitle(), call.getQuota());
		}
		call.entered();
		this.entries.save(new CallEntry(caseId, call.getId(), now));
		return view(call, call.getEntries(), Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The department whose calls and pool of an item the user manages: staff of the
	 * division the routing table makes responsible for its review.
	 * @param me the user
	 * @param itemCode evaluated item
	 * @return the department
	 */
	String managing(AppUser me, String itemCode) {
		if (this.items.find(itemCode).isEmpty()) {
			throw DomainException.invalid("item", "call.error.notEvaluated", itemCode);
		}
		if (!me.isStaff() || me.departmentCode() == null) {
			throw DomainException.forbidden("call.error.notManaging", itemCode);
		}
		ServiceItem item = this.catalogue.require(me.departmentCode(), itemCode);
		String managing = this.orgStructure.responsibleDivision(me.departmentCode(), item.code(), StepRole.REVIEW)
			.code();
		if (!managing.equals(me.divisionCode())) {
			throw DomainException.forbidden("call.error.notManaging", itemCode);
		}
		return me.departmentCode();
	}

	/**
	 * The evaluated items whose calls and pool the user manages.
	 * @param me the user
	 * @return item codes, empty for anyone else
	 */
	public List<String> managedItems(AppUser me) {
		if (!me.isStaff() || me.departmentCode() == null || me.divisionCode() == null) {
			return List.of();
		}
		// The department's routing read once, not a look-up per item.
		return this.orgStructure.routing(me.departmentCode())
			.stream()
			.filter((entry) -> entry.role() == StepRole.REVIEW && me.divisionCode().equals(entry.division())
					&& this.items.codes().contains(entry.item()))
			.map((entry) -> entry.item())
			.distinct()
			.sorted()
			.toList();
	}

	private CallView view(Call call, long entries, Locale locale) {
		Instant now = this.clock.instant();
		CallView.CallState state = now.isBefore(call.getOpensAt()) ? CallView.CallState.COMING
				: call.isOpenAt(now) ? CallView.CallState.OPEN : CallView.CallState.CLOSED;
		String itemName = this.catalogue.find(call.getItemCode())
			.map((item) -> item.name(locale))
			.orElse(call.getItemCode());
		return new CallView(call.getId(), call.getDepartmentCode(), call.getItemCode(), itemName, call.getTitle(),
				call.getOpensAt(), call.getClosesAt(), call.getQuota(), entries, state, call.isExtended(),
				call.getExtensionReason());
	}

	private String format(Instant instant) {
		return WHEN.format(instant.atZone(zone()));
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
