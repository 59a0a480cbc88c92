package org.kjt.approvals.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.evaluation.EvaluationOverview;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.stereotype.Component;

/**
 * The dashboard as an Excel workbook: one sheet per table, headings in the reader's
 * language, numbers as numbers and days as dates.
 */
@Component
class DashboardWorkbook {

	private final Translations translations;

	private final OrgStructure orgStructure;

	DashboardWorkbook(Translations translations, OrgStructure orgStructure) {
		this.translations = translations;
		this.orgStructure = orgStructure;
	}

	byte[] write(Dashboard dashboard, Locale locale) {
		Function<String, String> t = (key) -> this.translations.getTranslation(key, locale);
		boolean english = Translations.ENGLISH.equals(Translations.supported(locale));
		Function<String, String> division = (code) -> code.isEmpty() ? ""
				: this.orgStructure.division(code).map((ref) -> english ? ref.nameEn() : ref.nameZh()).orElse(code);
		// Holders by the names colleagues know them by.
		Map<String, String> names = new HashMap<>();
		dashboard.workload().forEach((load) -> {
			if (load.assignee() != null) {
				names.put(load.assignee(), load.name());
			}
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "approvals", "1.0");
			Worksheet items = workbook.newWorksheet(t.apply("dashboard.sheet.items"));
			header(items, t, "dashboard.item", "dashboard.division", "dashboard.received", "dashboard.decided",
					"dashboard.onTime", "dashboard.onTimeRate", "dashboard.averageDays", "dashboard.extended",
					"dashboard.suspended", "dashboard.open");
			int row = 1;
			for (Dashboard.ItemRow item : dashboard.items()) {
				itemRow(items, row++, t.apply("org.item." + item.item()), division.apply(item.division()), item);
			}
			itemRow(items, row, t.apply("dashboard.total"), division.apply(dashboard.total().division()),
					dashboard.total());
			items.width(0, 36);

			Worksheet weeks = workbook.newWorksheet(t.apply("dashboard.sheet.weeks"));
			header(weeks, t, "dashboard.weekOf", "dashboard.received", "dashboard.decided");
			row = 1;
			for (Dashboard.Week week : dashboard.weeks()) {
				weeks.value(row, 0, week.weekOf());
				weeks.style(row, 0).format("yyyy-mm-dd").set();
				weeks.value(row, 1, week.received());
				weeks.value(row, 2, week.decided());
				row++;
			}
			weeks.width(0, 14);

			Worksheet load = workbook.newWorksheet(t.apply("dashboard.sheet.workload"));
			header(load, t, "dashboard.assignee", "dashboard.open", "dashboard.overdue");
			row = 1;
			for (Dashboard.Load one : dashboard.workload()) {
				load.value(row, 0, (one.assignee() != null) ? one.name() : t.apply("dashboard.queue"));
				load.value(row, 1, one.open());
				load.value(row, 2, one.overdue());
				row++;
			}
			load.width(0, 28);

			tasks(workbook.newWorksheet(t.apply("dashboard.sheet.overdue")), t, names, dashboard.overdue());
			tasks(workbook.newWorksheet(t.apply("dashboard.sheet.nearDue")), t, names, dashboard.nearDue());
			if (!dashboard.evaluations().items().isEmpty()) {
				Worksheet experts = workbook.newWorksheet(t.apply("dashboard.experts"));
				header(experts, t, "dashboard.expert", "dashboard.seatsOpen", "dashboard.overdue",
						"dashboard.seatsScored");
				row = 1;
				for (EvaluationOverview.ExpertProgress expert : dashboard.evaluations().experts()) {
					experts.value(row, 0, expert.name());
					experts.value(row, 1, expert.open());
					experts.value(row, 2, expert.overdue());
					experts.value(row, 3, expert.scored());
					row++;
				}
				experts.width(0, 20);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void itemRow(Worksheet sheet, int row, String name, String division, Dashboard.ItemRow item) {
		sheet.value(row, 0, name);
		sheet.value(row, 1, division);
		sheet.value(row, 2, item.received());
		sheet.value(row, 3, item.decided());
		sheet.value(row, 4, item.onTime());
		if (item.onTimeRate() != null) {
			sheet.value(row, 5, item.onTimeRate());
			sheet.style(row, 5).format("0.0%").set();
		}
		if (item.averageWorkingDays() != null) {
			sheet.value(row, 6, item.averageWorkingDays());
			sheet.style(row, 6).format("0.0").set();
		}
		sheet.value(row, 7, item.extended());
		sheet.value(row, 8, item.suspended());
		sheet.value(row, 9, item.open());
	}

	private static void tasks(Worksheet sheet, Function<String, String> t, Map<String, String> names,
			List<InboxItem> tasks) {
		header(sheet, t, "inbox.referenceNo", "inbox.item", "inbox.step", "inbox.applicant", "inbox.assignee",
				"inbox.due", "inbox.remaining");
		int row = 1;
		for (InboxItem task : tasks) {
			sheet.value(row, 0, task.referenceNo());
			sheet.value(row, 1, t.apply("org.item." + task.item()));
			sheet.value(row, 2, t.apply("step." + task.step()));
			sheet.value(row, 3, task.applicantName());
			sheet.value(row, 4, (task.assignee() != null) ? names.getOrDefault(task.assignee(), task.assignee())
					: t.apply("dashboard.queue"));
			if (task.due() != null) {
				sheet.value(row, 5, task.due());
				sheet.style(row, 5).format("yyyy-mm-dd").set();
			}
			if (task.remainingWorkingDays() != null) {
				sheet.value(row, 6, task.remainingWorkingDays());
			}
			row++;
		}
		sheet.width(0, 18);
		sheet.width(1, 30);
	}

	private static void header(Worksheet sheet, Function<String, String> t, String... keys) {
		for (int column = 0; column < keys.length; column++) {
			sheet.value(0, column, t.apply(keys[column]));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
	}

}
