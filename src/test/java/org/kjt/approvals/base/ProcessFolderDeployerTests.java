package org.kjt.approvals.base;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApprovalsTest
class ProcessFolderDeployerTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ApprovalsProperties properties;

	@Autowired
	StartupLock startupLock;

	@Test
	void aMissingOrEmptyFolderFailsWithAClearMessage(@TempDir Path folder) throws Exception {
		assertThatThrownBy(() -> ProcessFolderDeployer.processFiles(folder.resolve("nowhere")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not exist")
			.hasMessageContaining("APPROVALS_PROCESSES_DIR");
		Files.writeString(folder.resolve("notes.txt"), "not a process");
		assertThatThrownBy(() -> ProcessFolderDeployer.processFiles(folder)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("holds no BPMN");
	}

	@Test
	void unchangedFilesAreNotDeployedAgain() {
		long deployments = this.repositoryService.createDeploymentQuery().count();
		long versions = this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("licensing").count();
		new ProcessFolderDeployer(this.repositoryService, this.properties, this.startupLock).afterPropertiesSet();
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("licensing").count())
			.isEqualTo(versions)
			.isEqualTo(1);
		assertThat(this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("licensing")
			.singleResult()
			.getResourceName()).isEqualTo("licensing.bpmn20.xml");
	}

}
