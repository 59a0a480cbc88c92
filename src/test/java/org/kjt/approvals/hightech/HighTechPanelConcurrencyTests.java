package org.kjt.approvals.hightech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.evaluation.ExpertView;
import org.kjt.approvals.evaluation.Experts;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Panels under concurrency and change, on MariaDB: the last two experts scoring at the
 * same moment move the case exactly once, the same expert submitting twice at once gets
 * one success and a 409; a silent expert's seat is taken by the division, and an expert
 * taken out of the pool leaves their open seats to others. Calls of this class are in
 * 2036.
 */
@ApprovalsTest
class HighTechPanelConcurrencyTests {

	static final String APPLICANT = "applicant2";

	@Autowired
	HighTechFixtures hightech;

	@Autowired
	Panels panels;

	@Autowired
	Experts experts;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theLastTwoScoresTogetherMoveTheCaseOnceAndADoubleSubmitIsOneSuccess() throws Exception {
		LocalDate day = LocalDate.of(2036, 3, 3);
		this.hightech.openCall(day, "2036年度高新技术企业认定(并发测试批)");
		this.clock.setDate(day);
		for (int round = 0; round < 5; round++) {
			long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
			this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
			List<PanelView.SeatView> seats = this.hightech.panel(id).seats();
			// Two score now; the last two together, one of them twice.
			for (PanelView.SeatView seat : seats.subList(0, 2)) {
				this.users.run(seat.username(),
						() -> this.panels.score(seat.id(), HighTechFixtures.points(25, 25, 15, 15), "同意"));
			}
			PanelView.SeatView third = seats.get(2);
			PanelView.SeatView fourth = seats.get(3);
			List<Runnable> scorers = List.of(
					() -> this.users.run(third.username(),
							() -> this.panels.score(third.id(), HighTechFixtures.points(25, 25, 15, 15), "同意")),
					() -> this.users.run(fourth.username(),
							() -> this.panels.score(fourth.id(), HighTechFixtures.points(25, 25, 15, 15), "同意")),
					() -> this.users.run(fourth.username(),
							() -> this.panels.score(fourth.id(), HighTechFixtures.points(25, 25, 15, 15), "重复提交")));
			List<Throwable> refused = together(scorers);
			assertThat(refused).hasSize(1)
				.allSatisfy((ex) -> assertThat(ex).isInstanceOf(DomainException.class)
					.hasMessageContaining("alreadyScored"));
			CaseView moved = this.views.as("ln-enterprise", id);
			assertThat(moved.step()).isEqualTo("proposal");
			assertThat(moved.history()).filteredOn((entry) -> "PANEL_SCORED".equals(entry.type())).hasSize(1);
			assertThat(this.hightech.panel(id).score()).isEqualByComparingTo("80");
		}
	}

	@Test
	void aSilentExpertsSeatIsTakenAndAnExpertLeavingThePoolLeavesTheirOpenSeats() {
		LocalDate day = LocalDate.of(2036, 4, 7);
		this.hightech.openCall(day, "2036年度高新技术企业认定(替换测试批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		PanelView panel = this.hightech.panel(id);
		PanelView.SeatView silent = panel.seats()
			.stream()
			.filter((seat) -> seat.kind() == org.kjt.approvals.evaluation.ExpertKind.TECHNICAL)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> this.users.run("ln-approval", () -> this.panels.replaceSeat(id, silent.id(), "未评分")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notFound");
		// Not before the due day (21 April): the division does not choose its panel.
		assertThatThrownBy(() -> this.users.run("ln-enterprise", () -> this.panels.replaceSeat(id, silent.id(), "想换人")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notOverdue");
		this.clock.setDate(LocalDate.of(2036, 4, 22));
		PanelView replaced = this.users.as("ln-enterprise",
				() -> this.panels.replaceSeat(id, silent.id(), "逾期未评分且联系不上"));
		assertThat(replaced.seats()).filteredOn((seat) -> seat.id() == silent.id())
			.extracting(PanelView.SeatView::state)
			.containsExactly(SeatState.CONFLICT);
		assertThat(replaced.vacancies()).isZero();
		assertThatThrownBy(() -> this.users.run(silent.username(),
				() -> this.panels.score(silent.id(), HighTechFixtures.points(25, 25, 15, 15), "迟到")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notOpen");

		// The financial expert leaves the pool: the other financial expert takes the
		// seat.
		PanelView.SeatView financial = replaced.seats()
			.stream()
			.filter((seat) -> seat.kind() == org.kjt.approvals.evaluation.ExpertKind.FINANCIAL)
			.findFirst()
			.orElseThrow();
		ExpertView leaving = this.users.as("ln-enterprise",
				() -> this.experts.pool(org.springframework.data.domain.PageRequest.of(0, 100))
					.stream()
					.filter((expert) -> expert.username().equals(financial.username()))
					.findFirst()
					.orElseThrow());
		try {
			this.users.run("ln-enterprise", () -> this.experts.activate(leaving.id(), false));
			PanelView after = this.hightech.panel(id);
			assertThat(after.seats()).filteredOn((seat) -> seat.id() == financial.id())
				.extracting(PanelView.SeatView::state)
				.containsExactly(SeatState.CONFLICT);
			assertThat(after.seats())
				.filteredOn((seat) -> seat.state() == SeatState.ASSIGNED
						&& seat.kind() == org.kjt.approvals.evaluation.ExpertKind.FINANCIAL)
				.hasSize(1)
				.allSatisfy((seat) -> assertThat(seat.username()).isNotEqualTo(financial.username()));
		}
		finally {
			this.users.run("ln-enterprise", () -> this.experts.activate(leaving.id(), true));
		}
	}

	/** Runs the actions at the same moment; answers what each threw. */
	private static List<Throwable> together(List<Runnable> actions) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(actions.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (Runnable action : actions) {
				futures.add(pool.submit(() -> {
					start.await();
					action.run();
					return null;
				}));
			}
			start.countDown();
			List<Throwable> thrown = new ArrayList<>();
			for (Future<?> future : futures) {
				try {
					future.get(60, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					thrown.add(ex.getCause());
				}
			}
			return thrown;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
