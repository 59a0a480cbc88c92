package org.kjt.approvals.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo (Vaadin 25 applies no theme by default) plus our own styles from
 * the top-level {@code frontend/} folder.
 */
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/approvals.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("科技厅行政审批 · Approvals");
	}

}
