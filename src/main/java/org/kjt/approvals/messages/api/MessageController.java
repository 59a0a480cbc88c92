package org.kjt.approvals.messages.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.messages.Messages;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "messages", description = "What the system told the signed-in user about their cases")
class MessageController {

	private final Messages messages;

	MessageController(Messages messages) {
		this.messages = messages;
	}

	record Unread(long unread) {
	}

	@GetMapping("/api/messages")
	@Operation(
			summary = "My messages, newest first: id, caseId, referenceNo, title, body, createdAt, read, link (the app route it leads to: the case, or an expert's assignments)")
	Page<Messages.MessageView> mine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.messages.mine(Paging.of(page, size), locale);
	}

	@GetMapping("/api/messages/unread")
	@Operation(summary = "How many of my messages are unread")
	Unread unread() {
		return new Unread(this.messages.unread());
	}

	@PostMapping("/api/messages/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of my messages read")
	void read(@PathVariable long id) {
		this.messages.markRead(id);
	}

	@PostMapping("/api/messages/read")
	@Operation(summary = "Mark all my messages read; answers how many were unread")
	Unread readAll() {
		return new Unread(this.messages.markAllRead());
	}

}
