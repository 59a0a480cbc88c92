package org.kjt.approvals;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import javax.sql.DataSource;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: an H2 file database, migrated by Flyway, with the processes
 * deployed.
 */
@SpringBootTest
@ActiveProfiles("h2")
class H2SmokeTests {

	@DynamicPropertySource
	static void h2File(DynamicPropertyRegistry registry) throws Exception {
		Path folder = Files.createTempDirectory("approvals-h2");
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("approvals"));
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	RepositoryService repositoryService;

	@Test
	void startsOnAnH2FileDatabase() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:");
		}
	}

	@Test
	void flywayAppliedEveryMigration() throws Exception {
		long files;
		try (var stream = Files.list(Path.of("src/main/resources/db/migration"))) {
			files = stream.filter((path) -> path.toString().endsWith(".sql")).count();
		}
		Integer applied = new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT COUNT(*) FROM \"approvals_schema_history\" WHERE \"success\" = TRUE AND \"type\" = 'SQL'",
				Integer.class);
		assertThat(applied).isEqualTo((int) files);
	}

	@Autowired
	Users users;

	@Autowired
	Workbench workbench;

	@Test
	void theWorkbenchQueriesRunOnH2() {
		for (String user : List.of("jl-approval", "jl-approval-head")) {
			assertThat(this.users
				.as(user,
						() -> this.workbench.groupQueue(new Workbench.Filter("lab-animal-use", "intake"),
								PageRequest.of(1, 20)))
				.getTotalElements()).isZero();
			assertThat(this.users.as(user, () -> this.workbench.myTasks(Workbench.Filter.NONE, PageRequest.of(0, 20)))
				.getContent()).isEmpty();
		}
	}

	@Test
	void deploysTheProcessesAndCreatesDemoAccounts() {
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("licensing").count())
			.isEqualTo(1);
		Integer users = new JdbcTemplate(this.dataSource).queryForObject("SELECT COUNT(*) FROM app_user",
				Integer.class);
		assertThat(users).isGreaterThanOrEqualTo(13);
	}

}
