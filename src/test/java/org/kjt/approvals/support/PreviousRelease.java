package org.kjt.approvals.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.flowable.engine.RepositoryService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Cases started on a process as the previous release deployed it
 * ({@code src/test/resources/previous-release/}): such instances keep running on their
 * own version after an upgrade, so the new code must still carry them to the end.
 */
@Component
public class PreviousRelease {

	private final RepositoryService repositoryService;

	PreviousRelease(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/**
	 * Runs the block with the previous release's version of a process as the latest, then
	 * deploys the current file again (as the process-folder deployer names it).
	 * @param <T> what the block answers
	 * @param file the process file's name, e.g. {@code work-permit.bpmn20.xml}
	 * @param block starts the cases
	 * @return what the block answered
	 */
	public <T> T startedOn(String file, Supplier<T> block) {
		try (InputStream previous = new ClassPathResource("previous-release/" + file).getInputStream()) {
			deploy(file, previous);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return block.get();
		}
		finally {
			try (InputStream current = Files.newInputStream(Path.of("processes", file))) {
				deploy(file, current);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void deploy(String file, InputStream content) {
		this.repositoryService.createDeployment()
			.name(file)
			.key(file)
			.category("approvals")
			.addInputStream(file, content)
			// Always a new version: the newest deployment decides what new cases start
			// on.
			.deploy();
	}

}
