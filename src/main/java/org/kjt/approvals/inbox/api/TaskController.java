package org.kjt.approvals.inbox.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.DoneStep;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.QueuePage;
import org.kjt.approvals.inbox.Consultations;
import org.kjt.approvals.inbox.OpinionPhrases;
import org.kjt.approvals.inbox.SavedFilters;
import org.kjt.approvals.inbox.Workbench;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "tasks", description = "Staff task queues: group queue, my tasks, claim, transfer, complete")
class TaskController {

	private final Workbench workbench;

	private final CaseHistory cases;

	private final Consultations consultations;

	private final OpinionPhrases phrases;

	private final SavedFilters filters;

	TaskController(Workbench workbench, CaseHistory cases, Consultations consultations, OpinionPhrases phrases,
			SavedFilters filters) {
		this.filters = filters;
		this.phrases = phrases;
		this.consultations = consultations;
		this.workbench = workbench;
		this.cases = cases;
	}

	record Completion(String outcome, String opinion, Map<String, Object> fields) {
	}

	record Transfer(String assignee) {
	}

	record Consultation(String division, String question, Integer dueWorkingDays) {
	}

	@GetMapping("/api/tasks")
	@Operation(
			summary = "My tasks (queue=mine), my division's group queue (queue=group) or, for heads, the"
					+ " division's backlog (queue=backlog)",
			description = "By due date unless sort says otherwise (due or referenceNo, with ,desc for"
					+ " descending). totalElements counts up to 10,000; totalCapped says there are more.")
	QueuePage tasks(@RequestParam(defaultValue = "mine") String queue, @RequestParam(required = false) String item,
			@RequestParam(required = false) String step, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Workbench.Filter filter = new Workbench.Filter(item, step, reference);
		Pageable pageable = Paging.of(page, size);
		if (sort != null && !sort.isBlank()) {
			// sort=due, sort=received,desc, sort=referenceNo,asc
			String[] parts = sort.split(",", 2);
			Sort.Direction direction = (parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip()))
					? Sort.Direction.DESC : Sort.Direction.ASC;
			pageable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
					Sort.by(direction, parts[0].strip()));
		}
		return switch (queue) {
			case "group" -> this.workbench.groupQueue(filter, pageable);
			case "backlog" -> this.workbench.divisionBacklog(filter, pageable);
			default -> this.workbench.myTasks(filter, pageable);
		};
	}

	@GetMapping("/api/tasks/done")
	@Operation(summary = "Steps I completed, newest first")
	Page<DoneStep> done(@RequestParam(required = false) String item, @RequestParam(required = false) String step,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.cases.doneByMe(item, step, Paging.of(page, size));
	}

	@PostMapping("/api/tasks/{id}/consultations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask another division of the department for a written opinion on the case of a task I hold",
			description = "The consulted division gets a task (step consultation) due in dueWorkingDays (1-20, default"
					+ " 5); it answers through POST /api/tasks/{its id}/complete with outcome answer and an opinion."
					+ " The asker keeps the task; the statutory clock runs on.")
	InboxItem consult(@PathVariable String id, @RequestBody Consultation consultation) {
		return Transient.retry(() -> this.consultations.ask(id, consultation.division(), consultation.question(),
				consultation.dueWorkingDays()));
	}

	record Phrase(String phrase) {
	}

	@GetMapping("/api/me/opinion-phrases")
	@Operation(summary = "My saved opinion phrases (常用意见)")
	List<String> phrases() {
		return this.phrases.mine();
	}

	@PostMapping("/api/me/opinion-phrases")
	@Operation(summary = "Save an opinion phrase; answers my phrases")
	List<String> savePhrase(@RequestBody Phrase phrase) {
		return this.phrases.save(phrase.phrase());
	}

	@DeleteMapping("/api/me/opinion-phrases")
	@Operation(summary = "Remove one of my opinion phrases; answers my phrases")
	List<String> removePhrase(@RequestParam String phrase) {
		return this.phrases.remove(phrase);
	}

	record NewFilter(String name, String item, String step) {
	}

	@GetMapping("/api/me/queue-filters")
	@Operation(summary = "My saved workbench filters")
	List<SavedFilters.SavedFilter> filters() {
		return this.filters.mine();
	}

	@PostMapping("/api/me/queue-filters")
	@Operation(summary = "Save a workbench filter under a name (replacing one of that name); answers my filters")
	List<SavedFilters.SavedFilter> saveFilter(@RequestBody NewFilter filter) {
		return this.filters.save(filter.name(), filter.item(), filter.step());
	}

	@DeleteMapping("/api/me/queue-filters")
	@Operation(summary = "Remove one of my saved filters; answers my filters")
	List<SavedFilters.SavedFilter> removeFilter(@RequestParam String name) {
		return this.filters.remove(name);
	}

	@GetMapping("/api/tasks/{id}")
	@Operation(summary = "One open task of my division")
	InboxItem task(@PathVariable String id) {
		return this.workbench.task(id);
	}

	@PostMapping("/api/tasks/{id}/claim")
	@Operation(summary = "Claim a task from the group queue")
	InboxItem claim(@PathVariable String id) {
		return Transient.retry(() -> this.workbench.claim(id));
	}

	@PostMapping("/api/tasks/{id}/unclaim")
	@Operation(summary = "Return a task to the group queue")
	InboxItem unclaim(@PathVariable String id) {
		return Transient.retry(() -> this.workbench.unclaim(id));
	}

	@PostMapping("/api/tasks/{id}/transfer")
	@Operation(summary = "Hand a task to a colleague of the same division")
	InboxItem transfer(@PathVariable String id, @RequestBody Transfer transfer) {
		return Transient.retry(() -> this.workbench.transfer(id, transfer.assignee()));
	}

	@PostMapping("/api/tasks/{id}/complete")
	@Operation(summary = "Complete a task: {\"outcome\":\"accept\",\"opinion\":\"…\",\"fields\":{…}}")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Completion completion) {
		Transient
			.run(() -> this.workbench.complete(id, completion.outcome(), completion.opinion(), completion.fields()));
		return ResponseEntity.noContent().build();
	}

}
