package org.kjt.approvals.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case has been in its process and where it stands, for staff: the step strip and
 * the process diagram. Applicants follow their case on its timeline instead.
 */
@Service
public class CasePaths {

	private final CaseAccess access;

	private final HistoryService history;

	private final RepositoryService repository;

	CasePaths(CaseAccess access, HistoryService history, RepositoryService repository) {
		this.access = access;
		this.history = history;
		this.repository = repository;
	}

	/**
	 * The path taken by a case of the caller's department.
	 * @param caseId case
	 * @return steps reached in order, activities passed and active
	 */
	@Transactional(readOnly = true)
	public CasePath path(long caseId) {
		return path(staffCase(caseId));
	}

	/**
	 * The case's process as deployed (BPMN XML with its diagram) and the path taken.
	 * @param caseId case
	 * @return the diagram with the visited and current activity ids
	 */
	@Transactional(readOnly = true)
	public CaseDiagram diagram(long caseId) {
		return diagram(path(staffCase(caseId)))
			.orElseThrow(() -> DomainException.notFound("case.error.notStarted", caseId));
	}

	/**
	 * The diagram of a path already read.
	 * @param path a case's path
	 * @return the diagram, if the case has entered its process
	 */
	public Optional<CaseDiagram> diagram(CasePath path) {
		String definition = path.processDefinitionId();
		if (definition == null) {
			return Optional.empty();
		}
		try (InputStream xml = this.repository.getProcessModel(definition)) {
			return Optional.of(new CaseDiagram(new String(xml.readAllBytes(), StandardCharsets.UTF_8), path.visited(),
					path.current()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The deployed process " + definition + " is unreadable", ex);
		}
	}

	private CaseFile staffCase(long caseId) {
		CaseFile file = this.access.readable(caseId);
		AppUser user = this.access.currentUser();
		if (!user.isStaff() && !user.has(Role.ADMIN)) {
			throw DomainException.forbidden("task.error.staffOnly");
		}
		return file;
	}

	CasePath path(CaseFile file) {
		String instance = file.getProcessInstanceId();
		if (instance == null) {
			return new CasePath(null, List.of(), List.of(), List.of());
		}
		HistoricProcessInstance process = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult();
		if (process == null) {
			return new CasePath(null, List.of(), List.of(), List.of());
		}
		// Reached in order; a step reached again (a second review, two inspectors) is
		// listed once.
		Map<String, CasePath.Step> steps = new LinkedHashMap<>();
		Set<String> visited = new LinkedHashSet<>();
		Set<String> current = new LinkedHashSet<>();
		for (HistoricActivityInstance activity : this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()) {
			boolean open = activity.getEndTime() == null;
			if (open) {
				current.add(activity.getActivityId());
			}
			else {
				visited.add(activity.getActivityId());
			}
			if ("userTask".equals(activity.getActivityType())) {
				Instant ended = (activity.getEndTime() != null) ? activity.getEndTime().toInstant() : null;
				steps.merge(activity.getActivityId(),
						new CasePath.Step(activity.getActivityId(), open, activity.getStartTime().toInstant(), ended),
						(first, again) -> new CasePath.Step(first.id(), first.current() || again.current(),
								first.reachedAt(), (first.current() || again.current()) ? null : latest(first, again)));
			}
		}
		return new CasePath(process.getProcessDefinitionId(), new ArrayList<>(steps.values()), List.copyOf(visited),
				List.copyOf(current));
	}

	private static @Nullable Instant latest(CasePath.Step first, CasePath.Step again) {
		if (first.finishedAt() == null) {
			return again.finishedAt();
		}
		if (again.finishedAt() == null) {
			return first.finishedAt();
		}
		return first.finishedAt().isAfter(again.finishedAt()) ? first.finishedAt() : again.finishedAt();
	}

}
