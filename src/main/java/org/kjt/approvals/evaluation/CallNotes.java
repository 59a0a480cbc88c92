package org.kjt.approvals.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.cases.CatalogueNotes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue says when an evaluated item can be applied for: its open and coming
 * calls.
 */
@Component
class CallNotes implements CatalogueNotes {

	private final Calls calls;

	private final LocalTimes times;

	private final MessageSource messages;

	CallNotes(Calls calls, LocalTimes times, MessageSource messages) {
		this.calls = calls;
		this.times = times;
		this.messages = messages;
	}

	@Override
	public Map<String, List<String>> notes(String departmentCode, Locale locale) {
		Map<String, List<String>> notes = new LinkedHashMap<>();
		for (CallView call : this.calls.published(departmentCode, locale)) {
			if (call.state() == CallView.CallState.CLOSED) {
				continue;
			}
			notes.computeIfAbsent(call.itemCode(), (item) -> new ArrayList<>())
				.add(call.title() + " · " + getText("calls.window", locale, this.times.format(call.opensAt()),
						this.times.format(call.closesAt()), getText("callState." + call.state(), locale)));
		}
		return notes;
	}

	private String getText(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
