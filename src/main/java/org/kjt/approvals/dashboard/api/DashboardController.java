package org.kjt.approvals.dashboard.api;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.dashboard.Dashboard;
import org.kjt.approvals.dashboard.Dashboards;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "Figures per division and service item for heads, leaders and admins")
class DashboardController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboards dashboards;

	DashboardController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/dashboard")
	@Operation(summary = "Received, decided, on time, average working days, open work, overdue and near-due tasks",
			description = "Heads: their division; leaders: their department or one of its divisions; admins: any."
					+ " The period defaults to the last twelve weeks.")
	Dashboard dashboard(@RequestParam(required = false) String department,
			@RequestParam(required = false) String division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.dashboards.dashboard(department, division, from, to);
	}

	@GetMapping("/api/dashboard.xlsx")
	@Operation(summary = "The dashboard as an Excel workbook, one sheet per table")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) String department,
			@RequestParam(required = false) String division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		byte[] bytes = this.dashboards.workbook(department, division, from, to, locale);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dashboard.xlsx").build().toString())
			.body(bytes);
	}

}
