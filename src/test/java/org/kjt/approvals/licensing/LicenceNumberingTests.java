package org.kjt.approvals.licensing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licence numbers come from the department's locked counter: sixteen head sign-offs at
 * the same moment grant sixteen licences with sixteen consecutive numbers.
 */
@ApprovalsTest
class LicenceNumberingTests {

	private static final int GRANTS = 16;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	Workbench workbench;

	@Autowired
	Licences licences;

	@Test
	void sixteenConcurrentGrantsGetSixteenNumbers() throws Exception {
		List<Long> cases = new ArrayList<>();
		List<String> signOffs = new ArrayList<>();
		for (int i = 0; i < GRANTS; i++) {
			long id = this.licensing.submitted("applicant2", "jilin");
			this.tasks.complete("jl-approval", id, "intake", "accept", "予以受理", Map.of());
			this.tasks.complete("jl-approval", id, "review", "inspect", "安排实地核查",
					Map.of("inspectors", List.of("jl-approval", "jl-approval2"), "expectedDuration", "3个工作日"));
			this.tasks.completeMine("jl-approval", id, "inspection", "done", "符合要求", Map.of());
			this.tasks.completeMine("jl-approval2", id, "inspection", "done", "同意", Map.of());
			this.tasks.complete("jl-approval", id, "review", "propose", "拟准予", Map.of("proposal", "grant"));
			cases.add(id);
			signOffs.add(this.tasks.claim("jl-approval-head", id, "signOff"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(GRANTS);
		try {
			CyclicBarrier start = new CyclicBarrier(GRANTS);
			List<Future<?>> grants = new ArrayList<>();
			for (String taskId : signOffs) {
				grants.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					this.users.run("jl-approval-head",
							() -> this.workbench.complete(taskId, "approve", "同意", Map.of()));
					return null;
				}));
			}
			for (Future<?> grant : grants) {
				grant.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> numbers = cases.stream()
			.map((id) -> this.licences.forCase(id).orElseThrow().number())
			.sorted()
			.toList();
		assertThat(numbers).doesNotHaveDuplicates().hasSize(GRANTS);
		List<Integer> sequence = numbers.stream()
			.map((number) -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)))
			.toList();
		assertThat(sequence.get(GRANTS - 1) - sequence.get(0)).isEqualTo(GRANTS - 1);
	}

}
