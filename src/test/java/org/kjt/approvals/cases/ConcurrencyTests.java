package org.kjt.approvals.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicting writes to one case, started at the same moment, 50 times each on the real
 * database: one wins, the other is refused with a clear reason; never a deadlock, a lost
 * update or an error the user cannot read.
 */
@ApprovalsTest
class ConcurrencyTests {

	private static final int ROUNDS = 50;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@Autowired
	Cases cases;

	@Autowired
	Workbench workbench;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	Tasks tasks;

	@Autowired
	CaseViews views;

	@Autowired
	Users users;

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void aDraftSubmittedTwiceAtOnceIsSubmittedOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long id = complete(this.licensing.draft("applicant2"));
			List<Object> results = race(() -> this.users.as("applicant2", () -> this.cases.submit(id)),
					() -> this.users.as("applicant2", () -> this.cases.submit(id)));
			assertThat(results).filteredOn(CaseRef.class::isInstance).hasSize(1);
			assertThat(results).filteredOn(DomainException.class::isInstance)
				.singleElement()
				.satisfies((refusal) -> assertThat(((DomainException) refusal).messageKey())
					.isEqualTo("case.error.wrongStatus"));
			assertThat(this.tasks.groupQueue("jl-approval", id)).hasSize(1);
		}
	}

	@Test
	void withdrawalRacingTheAcceptanceEndsWithdrawnWithoutDeadlock() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long id = this.licensing.submitted("applicant2", "jilin");
			String taskId = this.tasks.claim("jl-approval", id, "intake");
			List<Object> results = race(() -> this.users.as("applicant2", () -> this.cases.withdraw(id, "撤回")), () -> {
				this.users.run("jl-approval", () -> this.workbench.complete(taskId, "accept", "予以受理", Map.of()));
				return "accepted";
			});
			// Withdrawal is possible before and after acceptance; the acceptance of a
			// withdrawn case finds no task.
			assertThat(results.get(0)).isInstanceOf(CaseRef.class);
			if (results.get(1) instanceof DomainException refusal) {
				assertThat(refusal.messageKey()).isIn("task.error.notFound", "case.error.notFound");
			}
			else {
				assertThat(results.get(1)).isEqualTo("accepted");
			}
			assertThat(this.views.as("applicant2", id).status()).isEqualTo(CaseStatus.WITHDRAWN);
		}
	}

	/** Every material uploaded, not yet submitted. */
	private long complete(long draft) {
		this.users.run("applicant2", () -> LicensingFixtures.MANDATORY
			.forEach((material) -> this.cases.upload(draft, material, material + ".pdf", TestFiles.PDF)));
		return draft;
	}

	/** Runs both at the same moment; a refusal is a result, any other failure fails. */
	private List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<Object> action : List.of(first, second)) {
			futures.add(this.pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				try {
					return action.call();
				}
				catch (DomainException ex) {
					return ex;
				}
			}));
		}
		List<Object> results = new ArrayList<>();
		for (Future<Object> future : futures) {
			results.add(future.get(60, TimeUnit.SECONDS));
		}
		return results;
	}

}
