package org.kjt.approvals;

import javax.sql.DataSource;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApprovalsTest
class ApplicationContextTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnMariaDbThroughConnectorJ() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql:");
			assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
		}
	}

	@Test
	void deploysEveryProcessOfTheProcessesFolder() {
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("licensing").count())
			.isGreaterThanOrEqualTo(1);
	}

}
