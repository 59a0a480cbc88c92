package org.kjt.approvals.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN file of the processes folder at start-up, one deployment per
 * file, so that an unchanged file is never deployed again while a changed one becomes a
 * new version. Flowable's own classpath deployment is switched off: a relative
 * {@code file:} prefix silently deploys nothing when started from another folder.
 */
@Component
class ProcessFolderDeployer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ProcessFolderDeployer.class);

	private final RepositoryService repositoryService;

	private final Path folder;

	private final StartupLock startupLock;

	ProcessFolderDeployer(RepositoryService repositoryService, ApprovalsProperties properties,
			StartupLock startupLock) {
		this.startupLock = startupLock;
		this.repositoryService = repositoryService;
		this.folder = Path.of(properties.processesDir()).toAbsolutePath().normalize();
	}

	@Override
	public void afterPropertiesSet() {
		List<Path> files = processFiles(this.folder);
		// Nodes starting together take turns: the second finds the first's deployment a
		// duplicate instead of deploying the same definition twice.
		this.startupLock.exclusively(() -> deploy(files));
	}

	private void deploy(List<Path> files) {
		for (Path file : files) {
			String name = file.getFileName().toString();
			try (InputStream in = Files.newInputStream(file)) {
				Deployment deployment = this.repositoryService.createDeployment()
					.name(name)
					.key(name)
					.category("approvals")
					.addInputStream(name, in)
					.enableDuplicateFiltering()
					.deploy();
				log.info("Process file {} is deployment {}", name, deployment.getId());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read process file " + file, ex);
			}
		}
	}

	/**
	 * Lists the BPMN and DMN files of a folder, failing loudly when there are none.
	 * @param folder absolute folder
	 * @return the files, sorted by name
	 */
	static List<Path> processFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("The processes folder " + folder
					+ " does not exist. Start the application from the repository root or set approvals.processes-dir"
					+ " (environment variable APPROVALS_PROCESSES_DIR) to the folder holding the BPMN files.");
		}
		try (Stream<Path> stream = Files.list(folder)) {
			List<Path> files = stream.filter(Files::isRegularFile)
				.filter(ProcessFolderDeployer::isProcessFile)
				.sorted()
				.toList();
			if (files.isEmpty()) {
				throw new IllegalStateException("The processes folder " + folder
						+ " holds no BPMN (*.bpmn20.xml, *.bpmn) or DMN (*.dmn) file: nothing could be deployed.");
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the processes folder " + folder, ex);
		}
	}

	private static boolean isProcessFile(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".bpmn20.xml") || name.endsWith(".bpmn") || name.endsWith(".dmn")
				|| name.endsWith(".dmn.xml");
	}

}
