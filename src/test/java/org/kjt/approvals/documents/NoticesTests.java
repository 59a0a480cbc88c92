package org.kjt.approvals.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Document numbers per department, type and year: no gaps, no duplicates. */
@ApprovalsTest
class NoticesTests {

	@Autowired
	Notices notices;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void numbersRunPerDepartmentTypeAndYearAndRestartEachYear() {
		this.clock.setDate(LocalDate.of(2031, 3, 2));
		assertThat(issue("liaoning", TestNotice.EXTENSION).number()).isEqualTo("辽科审延字〔2031〕第0001号");
		assertThat(issue("liaoning", TestNotice.EXTENSION).number()).isEqualTo("辽科审延字〔2031〕第0002号");
		assertThat(issue("jilin", TestNotice.EXTENSION).number()).isEqualTo("吉科审延字〔2031〕第0001号");
		assertThat(issue("liaoning", TestNotice.REFUSAL).number()).isEqualTo("辽科审不准字〔2031〕第0001号");
		this.clock.setDate(LocalDate.of(2032, 1, 2));
		assertThat(issue("liaoning", TestNotice.EXTENSION).number()).isEqualTo("辽科审延字〔2032〕第0001号");
		IssuedNotice stored = this.notices.byNumber("辽科审延字〔2031〕第0002号").orElseThrow();
		assertThat(stored.body()).isEqualTo("正文");
		assertThat(stored.caseRef()).isEqualTo("test-notices");
	}

	@Test
	void aRolledBackNoticeGivesItsNumberBack() {
		this.clock.setDate(LocalDate.of(2033, 5, 5));
		assertThat(issue("jilin", TestNotice.SUSPENSION).number()).isEqualTo("吉科审特字〔2033〕第0001号");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThat(this.notices.issue("jilin", TestNotice.SUSPENSION, "test-notices", "标题", "正文", "test").number())
				.isEqualTo("吉科审特字〔2033〕第0002号");
			status.setRollbackOnly();
		});
		assertThat(issue("jilin", TestNotice.SUSPENSION).number()).isEqualTo("吉科审特字〔2033〕第0002号");
	}

	@Test
	void concurrentIssuesGetDistinctContiguousNumbers() throws Exception {
		this.clock.setDate(LocalDate.of(2034, 6, 6));
		int threads = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<String>> numbers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<String> issue = () -> {
				start.await();
				return issue("liaoning", TestNotice.FILING).number();
			};
			numbers.add(pool.submit(issue));
		}
		start.countDown();
		List<String> issued = new ArrayList<>();
		for (Future<String> number : numbers) {
			issued.add(number.get());
		}
		pool.shutdown();
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= threads; i++) {
			expected.add("辽科审备字〔2034〕第%04d号".formatted(i));
		}
		assertThat(issued).containsExactlyInAnyOrderElementsOf(expected);
	}

	private IssuedNotice issue(String department, NoticeType type) {
		return new TransactionTemplate(this.transactions)
			.execute((status) -> this.notices.issue(department, type, "test-notices", "标题", "正文", "test"));
	}

	/** Notice kinds as a process module declares them. */
	enum TestNotice implements NoticeType {

		EXTENSION("延"), REFUSAL("不准"), SUSPENSION("特"), FILING("备");

		private final String word;

		TestNotice(String word) {
			this.word = word;
		}

		@Override
		public String word() {
			return this.word;
		}

	}

}
