package org.kjt.approvals.evaluation.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Calls;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "calls", description = "Calls for applications (申报批次) of evaluated items")
class CallController {

	private final Calls calls;

	CallController(Calls calls) {
		this.calls = calls;
	}

	@GetMapping("/api/calls")
	@Operation(summary = "Calls open or coming, and those closed in the last year, newest first (public)",
			description = "department: jilin or liaoning (both when absent)")
	List<CallView> published(@RequestParam(required = false) @Nullable String department, Locale locale) {
		return this.calls.published(department, locale);
	}

	@PostMapping("/api/calls")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a call (staff of the division that reviews the item)",
			description = "{\"item\",\"title\",\"opensAt\",\"closesAt\" (ISO instants),\"quota\" (optional)}")
	CallView open(@RequestBody NewCall call) {
		return this.calls.open(required("item", call.item()), required("title", call.title()),
				instant("opensAt", call.opensAt()), instant("closesAt", call.closesAt()), call.quota());
	}

	@PostMapping("/api/calls/{id}/extension")
	@Operation(summary = "Extend a call once, with the reason (the division that reviews the item)")
	CallView extend(@PathVariable long id, @RequestBody Extension extension) {
		return this.calls.extend(id, instant("closesAt", extension.closesAt()), required("reason", extension.reason()));
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "call.error.required", field);
		}
		return value;
	}

	private static Instant instant(String field, @Nullable Instant value) {
		if (value == null) {
			throw DomainException.invalid(field, "call.error.required", field);
		}
		return value;
	}

	/**
	 * A call to open.
	 *
	 * @param item evaluated item
	 * @param title its title
	 * @param opensAt when it opens
	 * @param closesAt when it closes
	 * @param quota most applications, or none
	 */
	record NewCall(@Nullable String item, @Nullable String title, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable Integer quota) {
	}

	/**
	 * An extension.
	 *
	 * @param closesAt the new closing time
	 * @param reason why
	 */
	record Extension(@Nullable Instant closesAt, @Nullable String reason) {
	}

}
