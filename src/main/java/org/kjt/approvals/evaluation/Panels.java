package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.StepRole;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels: drawn at random from the reviewing division's pool with avoidance, each
 * expert's independent scores, conflicts declared and replaced by a fresh draw, and the
 * aggregate once every seat has scored, which moves the case on (its process waits at the
 * receive task {@code scoring}).
 */
@Service
public class Panels {

	/** The activity a case's process waits at while its panel scores. */
	public static final String SCORING_ACTIVITY = "scoring";

	private static final SecureRandom SEEDS = new SecureRandom();

	private final DrawRepository draws;

	private final SeatRepository seats;

	private final ExpertRepository experts;

	private final EvaluationItems items;

	private final OrgStructure orgStructure;

	private final Catalogue catalogue;

	private final CurrentUser currentUser;

	private final CaseHistory history;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final Calls calls;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationEventPublisher events;

	private final CaseQueries caseQueries;

	Panels(DrawRepository draws, SeatRepository seats, ExpertRepository experts, EvaluationItems items,
			OrgStructure orgStructure, Catalogue catalogue, CurrentUser currentUser, CaseHistory history,
			RuntimeService runtimeService, Clock clock, Calls calls, MessageSource messages,
			ApplicationEventPublisher events, CaseQueries caseQueries) {
		this.events = events;
		this.caseQueries = caseQueries;
		this.calls = calls;
		this.messages = messages;
		this.draws = draws;
		this.seats = seats;
		this.experts = experts;
		this.items = items;
		this.orgStructure = orgStructure;
		this.catalogue = catalogue;
		this.currentUser = currentUser;
		this.history = history;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/**
	 * Draws a case's panel for a new round, with a fresh seed, recorded. Refuses (409)
	 * when the pool has too few eligible experts: the step that led here stays open until
	 * the division adds experts.
	 * @param request what the panel is drawn for
	 * @return the panel
	 */
	@Transactional
	public PanelView draw(PanelRequest request) {
		EvaluationItem item = this.items.require(request.itemCode());
		int round = this.draws.findFirstByCaseIdOrderByRoundDesc(request.caseId()).map(Draw::getRound).orElse(0) + 1;
		long seed = SEEDS.nextLong();
		List<PanelDrawing.Candidate> pool = pool(request.departmentCode(), request.itemCode());
		List<PanelDrawing.Candidate> drawn = PanelDrawing.draw(pool, item.panel(), request.discipline(), seed,
				request.applicantCreditCode(), request.avoided(), Set.of());
		if (drawn.size() < item.panelSize()) {
			throw DomainException.conflict("panel.error.poolTooSmall", item.panelSize(), drawn.size(),
					composition(item));
		}
		Draw draw = this.draws.save(new Draw(request, round, seed, composition(item), this.clock.instant(),
				this.json.writeValueAsString(request.application())));
		Map<Long, Expert> byId = expertsById(drawn.stream().map(PanelDrawing.Candidate::id).toList());
		for (PanelDrawing.Candidate candidate : drawn) {
			this.seats.save(new PanelSeat(draw, byId.get(candidate.id()), candidate.kind(), 0));
		}
		requested(draw, drawn.stream().map((candidate) -> byId.get(candidate.id())).toList(),
				ScoresRequested.Occasion.ASSIGNED);
		return view(draw, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * Refuses (409) while the pool cannot give the item's panel for an application (e.g.
	 * before a step whose timer draws it later, where a refusal would reach nobody).
	 * @param departmentCode department
	 * @param itemCode item
	 * @param discipline the application's discipline
	 * @param applicantCreditCode the applicant's credit code
	 * @param avoided whom the applicant names
	 */
	@Transactional(readOnly = true)
	public void requireDrawable(String departmentCode, String itemCode, Discipline discipline,
			@Nullable String applicantCreditCode, @Nullable String avoided) {
		EvaluationItem item = this.items.require(itemCode);
		int drawn = PanelDrawing
			.draw(pool(departmentCode, itemCode), item.panel(), discipline, 0L, applicantCreditCode, avoided, Set.of())
			.size();
		if (drawn < item.panelSize()) {
			throw DomainException.conflict("panel.error.poolTooSmall", item.panelSize(), drawn, composition(item));
		}
	}

	/**
	 * The applications assigned to the current expert, newest first.
	 * @param pageable page
	 * @param locale the reader's language
	 * @return their seats, conflicts declared left out
	 */
	@Transactional(readOnly = true)
	public Page<Assignment> assignments(Pageable pageable, Locale locale) {
		AppUser me = expert();
		Page<PanelSeat> page = this.seats.findByExpertUsernameAndStateInOrderByIdDesc(me.username(),
				EnumSet.of(SeatState.ASSIGNED, SeatState.SCORED), pageable);
		Map<Long, Draw> drawsById = this.draws
			.findByIdIn(page.getContent().stream().map(PanelSeat::getDrawId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Draw::getId, Function.identity()));
		return page.map((seat) -> assignment(seat, drawsById.get(seat.getDrawId()), locale));
	}

	/**
	 * One application assigned to the current expert.
	 * @param seatId the seat
	 * @param locale the reader's language
	 * @return the assignment
	 */
	@Transactional(readOnly = true)
	public Assignment assignment(long seatId, Locale locale) {
		PanelSeat seat = ownSeat(seatId);
		// A seat left (conflict declared, case withdrawn) no longer opens the
		// application.
		if (seat.getState() != SeatState.ASSIGNED && seat.getState() != SeatState.SCORED) {
			throw DomainException.notFound("panel.error.seatNotFound", seatId);
		}
		return assignment(seat, this.draws.findById(seat.getDrawId()).orElseThrow(), locale);
	}

	/**
	 * The application materials of a case assigned to the current expert (the latest of
	 * each kind), while the seat is theirs.
	 * @param seatId the seat
	 * @return the materials
	 */
	@Transactional(readOnly = true)
	public List<CaseView.MaterialView> materials(long seatId) {
		return this.caseQueries.materialsForOutsideReader(openSeatCase(seatId));
	}

	/**
	 * One material of a case assigned to the current expert.
	 * @param seatId the seat
	 * @param materialId the material
	 * @return its name, type and bytes
	 */
	@Transactional(readOnly = true)
	public MaterialContent materialContent(long seatId, long materialId) {
		// The case machinery serves an outside reader the latest of each kind only.
		return this.caseQueries.materialContent(openSeatCase(seatId), materialId);
	}

	private long openSeatCase(long seatId) {
		PanelSeat seat = ownSeat(seatId);
		if (seat.getState() != SeatState.ASSIGNED && seat.getState() != SeatState.SCORED) {
			throw DomainException.notFound("panel.error.seatNotFound", seatId);
		}
		return this.draws.findById(seat.getDrawId()).orElseThrow().getCaseId();
	}

	/**
	 * The current expert declares a conflict of interest: they leave the panel and
	 * another expert of the same kind is drawn in their place (seed and replacement
	 * recorded); if the pool has none left, the seat waits for the division to add one.
	 * @param seatId the seat
	 * @param reason the conflict
	 * @return the seat, now a declared conflict
	 */
	@Transactional
	public Assignment declareConflict(long seatId, String reason) {
		Locked locked = lockOwn(seatId);
		PanelSeat seat = locked.seat();
		Draw draw = locked.draw();
		if (seat.getState() != SeatState.ASSIGNED) {
			throw DomainException.conflict("panel.error.notOpen", draw.getReferenceNo());
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw DomainException.invalid("reason", "panel.error.conflictReason");
		}
		seat.conflict(reason.strip());
		replace(draw, locked.all(), seat, this.currentUser.require().username(), reason.strip());
		return assignment(seat, draw, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The reviewing division takes a seat from an expert who let the due day pass without
	 * scoring, with the reason; another of the same kind is drawn in their place.
	 * @param caseId the case
	 * @param seatId the seat
	 * @param reason why
	 * @return the panel
	 */
	@Transactional
	public PanelView replaceSeat(long caseId, long seatId, String reason) {
		Draw latest = managedDraw(caseId);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw DomainException.invalid("reason", "panel.error.conflictReason");
		}
		Draw draw = this.draws.lock(latest.getId()).orElseThrow();
		List<PanelSeat> all = this.seats.lockByDraw(draw.getId());
		PanelSeat seat = all.stream()
			.filter((candidate) -> candidate.getId() == seatId)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("panel.error.seatNotFound", seatId));
		if (seat.getState() != SeatState.ASSIGNED) {
			throw DomainException.conflict("panel.error.notOpen", draw.getReferenceNo());
		}
		// Only an expert who let the due day pass: the division does not choose its
		// panel.
		if (!LocalDate.now(this.clock).isAfter(draw.getDueOn())) {
			throw DomainException.conflict("panel.error.notOverdue", draw.getDueOn());
		}
		seat.conflict(reason.strip());
		replace(draw, all, seat, this.currentUser.require().username(), reason.strip());
		return view(draw, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * An expert taken out of the pool leaves the seats they have not scored; others are
	 * drawn in their place (for the pool's service, which has checked the caller).
	 * @param expertUsername the expert's log-in
	 * @param actor who took them out
	 */
	@Transactional
	public void release(String expertUsername, String actor) {
		// Ids only, in the draws' order: each draw's seats are read under its lock, and
		// two
		// releases lock draws in the same order.
		for (Object[] ids : this.seats.seatsOf(expertUsername, SeatState.ASSIGNED)) {
			long seatId = ((Number) ids[0]).longValue();
			Draw draw = this.draws.lock(((Number) ids[1]).longValue()).orElseThrow();
			List<PanelSeat> all = this.seats.lockByDraw(draw.getId());
			PanelSeat seat = all.stream().filter((candidate) -> candidate.getId() == seatId).findFirst().orElseThrow();
			if (seat.getState() == SeatState.ASSIGNED) {
				seat.conflict(text("panel.released"));
				replace(draw, all, seat, actor, text("panel.released"));
			}
		}
	}

	/** A panel whose case was withdrawn draws nobody more. */
	private static void requireScoring(Draw draw, List<PanelSeat> all) {
		if (all.stream().anyMatch((seat) -> seat.getState() == SeatState.CLOSED)) {
			throw DomainException.conflict("panel.error.notOpen", draw.getReferenceNo());
		}
	}

	/** A seat left: another is drawn, and the history says who and why. */
	private void replace(Draw draw, List<PanelSeat> all, PanelSeat left, String actor, String reason) {
		Expert expert = this.experts.findById(left.getExpertId()).orElseThrow();
		String replacement = fill(draw, all).stream().map(Expert::getName).collect(Collectors.joining("、"));
		this.history.recordEvent(draw.getCaseId(), actor, EvaluationHistoryType.CONFLICT_DECLARED, SCORING_ACTIVITY,
				replacement.isEmpty() ? Phrase.of("record.conflictNoReplacement", expert.getName(), reason)
						: Phrase.of("record.conflictReplaced", expert.getName(), reason, replacement));
	}

	/**
	 * Seats a conflict left empty are drawn again, once the pool has eligible experts.
	 * For the reviewing division.
	 * @param caseId the case
	 * @return the panel
	 */
	@Transactional
	public PanelView fillVacancies(long caseId) {
		Draw latest = managedDraw(caseId);
		Draw draw = this.draws.lock(latest.getId()).orElseThrow();
		List<PanelSeat> all = this.seats.lockByDraw(draw.getId());
		requireScoring(draw, all);
		List<Expert> added = fill(draw, all);
		int size = this.items.require(draw.getItemCode()).panelSize();
		if (added.isEmpty() && vacancies(draw, all) > 0) {
			throw DomainException.conflict("panel.error.poolTooSmall", size, size - vacancies(draw, all),
					draw.getComposition());
		}
		if (!added.isEmpty()) {
			this.history.recordEvent(caseId, this.currentUser.require().username(), EvaluationHistoryType.PANEL_DRAWN,
					SCORING_ACTIVITY, Phrase.of("record.vacanciesFilled",
							added.stream().map(Expert::getName).collect(Collectors.joining("、"))));
		}
		return view(draw, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The current expert's scores: every criterion of the sheet, whole points from 0 to
	 * its maximum, and a comment. Once in, not changed. A score after the due day is
	 * taken and marked late. The last score moves the case on.
	 * @param seatId the seat
	 * @param scores points per criterion code
	 * @param comment the expert's comment
	 * @return the seat, scored
	 */
	@Transactional
	public Assignment score(long seatId, @Nullable Map<String, Integer> scores, @Nullable String comment) {
		// Seats of one panel are scored in turn, each seeing the others as committed: the
		// last one moves the case exactly once.
		Locked locked = lockOwn(seatId);
		PanelSeat seat = locked.seat();
		Draw draw = locked.draw();
		if (seat.getState() == SeatState.SCORED) {
			throw DomainException.conflict("panel.error.alreadyScored", draw.getReferenceNo());
		}
		if (seat.getState() != SeatState.ASSIGNED) {
			throw DomainException.conflict("panel.error.notOpen", draw.getReferenceNo());
		}
		EvaluationItem item = this.items.require(draw.getItemCode());
		Map<String, Integer> given = (scores == null) ? Map.of() : scores;
		Set<String> known = item.criteria().stream().map(EvaluationItem.Criterion::code).collect(Collectors.toSet());
		List<String> unknown = given.keySet().stream().filter((code) -> !known.contains(code)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw DomainException.invalid("scores", "panel.error.unknownCriteria", String.join(", ", unknown));
		}
		Map<String, Integer> points = new LinkedHashMap<>();
		for (EvaluationItem.Criterion criterion : item.criteria()) {
			Integer value = given.get(criterion.code());
			if (value == null) {
				throw DomainException.invalid("scores." + criterion.code(), "panel.error.scoreMissing",
						criterion.name());
			}
			if (value < 0 || value > criterion.max()) {
				throw DomainException.invalid("scores." + criterion.code(), "panel.error.scoreRange", criterion.name(),
						criterion.max(), value);
			}
			points.put(criterion.code(), value);
		}
		String text = (comment == null) ? "" : comment.strip();
		if (text.isEmpty() || text.length() > 2000) {
			throw DomainException.invalid("comment", "panel.error.comment");
		}
		int total = points.values().stream().mapToInt(Integer::intValue).sum();
		boolean late = LocalDate.now(this.clock).isAfter(draw.getDueOn());
		seat.scored(this.json.writeValueAsString(points), BigDecimal.valueOf(total), text, this.clock.instant(), late);
		Expert expert = this.experts.findById(seat.getExpertId()).orElseThrow();
		this.history.recordEvent(draw.getCaseId(), expert.getUsername(), EvaluationHistoryType.EXPERT_SCORED,
				SCORING_ACTIVITY,
				late ? Phrase.of("record.expertScoredLate", expert.getName(), draw.getDueOn().toString())
						: Phrase.of("record.expertScored", expert.getName()));
		if (complete(draw, locked.all())) {
			// The case waits at its scoring step; the last score moves it on.
			ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(String.valueOf(draw.getCaseId()))
				.singleResult();
			Execution waiting = (instance == null) ? null
					: this.runtimeService.createExecutionQuery()
						.processInstanceId(instance.getId())
						.activityId(SCORING_ACTIVITY)
						.singleResult();
			if (waiting != null) {
				this.runtimeService.trigger(waiting.getId());
			}
		}
		return assignment(seat, draw, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The latest panel of a case, for the reviewing division.
	 * @param caseId the case
	 * @param locale the reader's language
	 * @return the panel
	 */
	@Transactional(readOnly = true)
	public PanelView panel(long caseId, Locale locale) {
		return view(managedDraw(caseId), locale);
	}

	/**
	 * The latest panels of the items the user's division reviews, newest first, with each
	 * expert's progress.
	 * @param pageable page
	 * @return the panels
	 */
	@Transactional(readOnly = true)
	public Page<PanelView> panels(Pageable pageable) {
		AppUser me = this.currentUser.require();
		List<String> managed = managedItems(me);
		if (managed.isEmpty()) {
			throw DomainException.forbidden("panel.error.notManaging");
		}
		Page<Draw> page = this.draws.latestOf(me.departmentCode(), managed, pageable);
		Map<Long, List<PanelSeat>> seatsByDraw = this.seats
			.findByDrawIdInOrderById(page.getContent().stream().map(Draw::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(PanelSeat::getDrawId));
		Map<Long, Expert> byId = expertsById(
				seatsByDraw.values().stream().flatMap(List::stream).map(PanelSeat::getExpertId).distinct().toList());
		return page.map((draw) -> view(draw, seatsByDraw.getOrDefault(draw.getId(), List.of()), byId));
	}

	/**
	 * Draws the latest panel of a case again from its recorded seed over the pool as it
	 * is now, leaving everything as it is: with an unchanged pool the same experts come
	 * out, which shows the draw was the seed's.
	 * @param caseId the case
	 * @return the names the seed gives, by kind in draw order
	 */
	@Transactional(readOnly = true)
	public List<String> replay(long caseId) {
		Draw draw = managedDraw(caseId);
		EvaluationItem item = this.items.require(draw.getItemCode());
		List<PanelDrawing.Candidate> pool = pool(draw.getDepartmentCode(), draw.getItemCode());
		return PanelDrawing
			.draw(pool, item.panel(), draw.discipline(), draw.getSeed(), draw.getApplicantCreditCode(),
					draw.getAvoided(), Set.of())
			.stream()
			.map(PanelDrawing.Candidate::name)
			.toList();
	}

	/**
	 * The outcome of a case's panel once every seat has scored (for its process).
	 * @param caseId the case
	 * @return the panel, complete
	 */
	@Transactional(readOnly = true)
	public PanelView result(long caseId) {
		Draw draw = this.draws.findFirstByCaseIdOrderByRoundDesc(caseId)
			.orElseThrow(() -> new IllegalStateException("No panel for case " + caseId));
		PanelView view = view(draw, Locale.SIMPLIFIED_CHINESE);
		if (!view.complete()) {
			throw new IllegalStateException("Panel of case " + caseId + " has not finished scoring");
		}
		return view;
	}

	/**
	 * The experts of a case's latest panel who have not scored yet, told so (a reminder
	 * as the due day nears, or that it has passed).
	 * @param caseId the case
	 * @param occasion reminder or overdue
	 * @return their names, for the record
	 */
	@Transactional
	List<String> remindMissing(long caseId, ScoresRequested.Occasion occasion) {
		return this.draws.findFirstByCaseIdOrderByRoundDesc(caseId).map((draw) -> {
			List<PanelSeat> open = this.seats.findByDrawIdOrderById(draw.getId())
				.stream()
				.filter((seat) -> seat.getState() == SeatState.ASSIGNED)
				.toList();
			Map<Long, Expert> byId = expertsById(open.stream().map(PanelSeat::getExpertId).toList());
			List<Expert> missing = open.stream().map((seat) -> byId.get(seat.getExpertId())).toList();
			requested(draw, missing, occasion);
			return missing.stream().map(Expert::getName).toList();
		}).orElse(List.of());
	}

	/** Tells experts their scores are asked for (messages, mail where set up). */
	private void requested(Draw draw, List<Expert> experts, ScoresRequested.Occasion occasion) {
		if (!experts.isEmpty()) {
			this.events.publishEvent(new ScoresRequested(draw.getCaseId(), draw.getReferenceNo(), draw.getItemCode(),
					experts.stream().map(Expert::getUsername).toList(), draw.getDueOn(), occasion));
		}
	}

	/**
	 * The case ended before its panel finished (withdrawn): the seats still to score
	 * close, and leave the experts' lists.
	 * @param caseId the case
	 */
	@Transactional
	public void close(long caseId) {
		this.draws.findFirstByCaseIdOrderByRoundDesc(caseId)
			.ifPresent((draw) -> this.seats.lockByDraw(draw.getId())
				.stream()
				.filter((seat) -> seat.getState() == SeatState.ASSIGNED)
				.forEach(PanelSeat::close));
	}

	/** Draws the seats left empty; the seats are the draw's, locked. */
	private List<Expert> fill(Draw draw, List<PanelSeat> seated) {
		EvaluationItem item = this.items.require(draw.getItemCode());
		// The caller's list: it sees the seats drawn here too.
		List<PanelSeat> current = seated;
		Set<Long> excluded = current.stream()
			.map(PanelSeat::getExpertId)
			.collect(Collectors.toCollection(HashSet::new));
		int drawNo = current.stream().mapToInt(PanelSeat::getDrawNo).max().orElse(0);
		List<Expert> added = new ArrayList<>();
		for (ExpertKind kind : ExpertKind.values()) {
			long filled = current.stream()
				.filter((seat) -> seat.getKind() == kind && seat.getState() != SeatState.CONFLICT)
				.count();
			int missing = item.panel().getOrDefault(kind, 0) - (int) filled;
			if (missing <= 0) {
				continue;
			}
			drawNo++;
			// A replacement's seed follows from the draw's and its number: recorded, and
			// repeatable.
			List<PanelDrawing.Candidate> drawn = PanelDrawing.draw(pool(draw.getDepartmentCode(), draw.getItemCode()),
					Map.of(kind, missing), draw.discipline(), draw.getSeed() + drawNo, draw.getApplicantCreditCode(),
					draw.getAvoided(), excluded);
			Map<Long, Expert> byId = expertsById(drawn.stream().map(PanelDrawing.Candidate::id).toList());
			for (PanelDrawing.Candidate candidate : drawn) {
				current.add(this.seats.save(new PanelSeat(draw, byId.get(candidate.id()), kind, drawNo)));
				excluded.add(candidate.id());
				added.add(byId.get(candidate.id()));
			}
		}
		requested(draw, added, ScoresRequested.Occasion.ASSIGNED);
		return added;
	}

	private int vacancies(Draw draw, List<PanelSeat> all) {
		EvaluationItem item = this.items.require(draw.getItemCode());
		long seated = all.stream().filter((seat) -> seat.getState() != SeatState.CONFLICT).count();
		return item.panelSize() - (int) seated;
	}

	private boolean complete(Draw draw, List<PanelSeat> all) {
		long scored = all.stream().filter((seat) -> seat.getState() == SeatState.SCORED).count();
		boolean open = all.stream().anyMatch((seat) -> seat.getState() == SeatState.ASSIGNED);
		return !open && scored == this.items.require(draw.getItemCode()).panelSize();
	}

	private List<PanelDrawing.Candidate> pool(String departmentCode, String itemCode) {
		String division = this.orgStructure.responsibleDivision(departmentCode, itemCode, StepRole.REVIEW).code();
		return this.experts.findByDepartmentCodeAndDivisionCodeAndActiveTrueOrderById(departmentCode, division)
			.stream()
			.map(PanelDrawing.Candidate::of)
			.toList();
	}

	private Map<Long, Expert> expertsById(List<Long> ids) {
		return this.experts.findAllById(ids).stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
	}

	/**
	 * The current expert's seat: its draw locked, the draw's seats read as last committed
	 * (nothing of them read before the lock).
	 */
	private Locked lockOwn(long seatId) {
		AppUser me = expert();
		long drawId = this.seats.drawOf(seatId, me.username())
			.orElseThrow(() -> DomainException.notFound("panel.error.seatNotFound", seatId));
		Draw draw = this.draws.lock(drawId).orElseThrow();
		List<PanelSeat> all = this.seats.lockByDraw(drawId);
		PanelSeat seat = all.stream().filter((candidate) -> candidate.getId() == seatId).findFirst().orElseThrow();
		return new Locked(draw, all, seat);
	}

	private record Locked(Draw draw, List<PanelSeat> all, PanelSeat seat) {
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private PanelSeat ownSeat(long seatId) {
		AppUser me = expert();
		return this.seats.findById(seatId)
			.filter((seat) -> seat.getExpertUsername().equals(me.username()))
			.orElseThrow(() -> DomainException.notFound("panel.error.seatNotFound", seatId));
	}

	private AppUser expert() {
		AppUser me = this.currentUser.require();
		if (!me.has(Role.EXPERT)) {
			throw DomainException.forbidden("panel.error.notExpert");
		}
		return me;
	}

	private Draw managedDraw(long caseId) {
		AppUser me = this.currentUser.require();
		return this.draws.findFirstByCaseIdOrderByRoundDesc(caseId)
			.filter((draw) -> draw.getDepartmentCode().equals(me.departmentCode())
					&& managedItems(me).contains(draw.getItemCode()))
			.orElseThrow(() -> DomainException.notFound("panel.error.notFound", caseId));
	}

	private List<String> managedItems(AppUser me) {
		return this.calls.managedItems(me);
	}

	private static String composition(EvaluationItem item) {
		return item.panel()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getKey().name() + ":" + entry.getValue())
			.collect(Collectors.joining(","));
	}

	private PanelView view(Draw draw, Locale locale) {
		List<PanelSeat> all = this.seats.findByDrawIdOrderById(draw.getId());
		return view(draw, all, expertsById(all.stream().map(PanelSeat::getExpertId).distinct().toList()));
	}

	private PanelView view(Draw draw, List<PanelSeat> all, Map<Long, Expert> byId) {
		EvaluationItem item = this.items.require(draw.getItemCode());
		long scored = all.stream().filter((seat) -> seat.getState() == SeatState.SCORED).count();
		long seated = all.stream().filter((seat) -> seat.getState() != SeatState.CONFLICT).count();
		boolean complete = scored == item.panelSize() && seated == scored;
		List<PanelView.SeatView> seatViews = all.stream().map((seat) -> {
			Expert expert = byId.get(seat.getExpertId());
			// Nobody sees a score before all are in.
			return new PanelView.SeatView(seat.getId(), seat.getExpertUsername(), expert.getName(),
					expert.getOrganisationName(), seat.getKind(), seat.getDrawNo(), seat.getState(), seat.getScoredAt(),
					seat.isLate(), complete ? seat.getTotal() : null, complete ? seat.getComment() : null,
					seat.getConflictReason());
		}).toList();
		BigDecimal score = complete ? item.aggregate()
			.of(all.stream()
				.filter((seat) -> seat.getState() == SeatState.SCORED)
				.map(PanelSeat::getTotal)
				.map((total) -> (total == null) ? BigDecimal.ZERO : total)
				.toList()) : null;
		return new PanelView(draw.getCaseId(), draw.getReferenceNo(), draw.getApplicantName(), draw.getItemCode(),
				draw.getRound(), draw.getSeed(), draw.getComposition(), draw.getDueOn(), seatViews,
				item.panelSize() - (int) seated, complete, score, (score == null) ? null : item.passes(score));
	}

	private Assignment assignment(PanelSeat seat, Draw draw, Locale locale) {
		EvaluationItem item = this.items.require(draw.getItemCode());
		Map<String, Integer> points = (seat.getScoresJson() == null) ? Map.of()
				: this.json.readValue(seat.getScoresJson(), new TypeReference<LinkedHashMap<String, Integer>>() {
				});
		Map<String, Object> application = this.json.readValue(draw.getApplicationJson(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		boolean overdue = seat.getState() == SeatState.ASSIGNED && LocalDate.now(this.clock).isAfter(draw.getDueOn());
		String itemName = this.catalogue.find(draw.getItemCode())
			.map((found) -> found.name(locale))
			.orElse(draw.getItemCode());
		return new Assignment(seat.getId(), draw.getReferenceNo(), draw.getItemCode(), itemName,
				draw.getApplicantName(), seat.getState(), draw.getDueOn(), overdue, seat.isLate(), item.criteria(),
				points, seat.getTotal(), seat.getComment(), application);
	}

}
