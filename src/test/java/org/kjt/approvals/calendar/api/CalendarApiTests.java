package org.kjt.approvals.calendar.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApprovalsTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void addsWorkingDaysPublicly() throws Exception {
		this.mvc.perform(get("/api/calendar/working-days?from=2026-09-24&days=20"))
			.andExpect(status().isOk())
			.andExpect(content().json(
					"{\"from\":\"2026-09-24\",\"days\":20,\"date\":\"2026-10-29\",\"provisional\":false}",
					JsonCompareMode.STRICT));
		this.mvc.perform(get("/api/calendar/days/2026-10-10"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("MAKE_UP_WORKDAY"));
		String between = this.mvc.perform(get("/api/calendar/working-days/between?from=2026-09-30&to=2026-10-09"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Thu 10-08 and Fri 10-09: Oct 1–7 are holidays.
		assertThat(JsonPath.<Integer>read(between, "$.workingDays")).isEqualTo(2);
		assertThat(JsonPath.<Boolean>read(between, "$.provisional")).isFalse();
	}

	@Test
	void badInputIs400WithTheField() throws Exception {
		this.mvc.perform(get("/api/calendar/working-days?from=2026-13-01&days=2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("from"));
		this.mvc.perform(get("/api/calendar/working-days?from=2026-01-05"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("days"));
		this.mvc.perform(get("/api/calendar/working-days?from=2026-01-05&days=-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/calendar/working-days?from=2026-01-05&days=366")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/calendar/working-days?from=2026-01-05&days=abc")).andExpect(status().isBadRequest());
	}

}
