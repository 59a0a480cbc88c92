package org.kjt.approvals.dashboard.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.kjt.approvals.dashboard.Dashboard;
import tools.jackson.databind.json.JsonMapper;

/** The weekly trend as a chart (Apache ECharts, open source). */
@Tag("kjt-trend-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./trend-chart.js")
class TrendChart extends Component {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	TrendChart(Dashboard dashboard) {
		setId("trend-chart");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("weeks", dashboard.weeks().stream().map((week) -> week.weekOf().toString().substring(5)).toList());
		data.put("received", dashboard.weeks().stream().map(Dashboard.Week::received).toList());
		data.put("decided", dashboard.weeks().stream().map(Dashboard.Week::decided).toList());
		data.put("receivedLabel", getTranslation("dashboard.received"));
		data.put("decidedLabel", getTranslation("dashboard.decided"));
		getElement().setAttribute("data", JSON.writeValueAsString(data));
		getElement().setAttribute("role", "img");
		getElement().setAttribute("aria-label", getTranslation("dashboard.trend"));
		getElement().getStyle().set("height", "320px").set("width", "100%");
	}

}
