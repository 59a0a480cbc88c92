package org.kjt.approvals.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.kjt.approvals.cases.CaseDiagram;

/**
 * The case's process diagram (bpmn-js, rendering the deployed BPMN) with the activities
 * and flows passed and the open ones marked.
 */
@Tag("kjt-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.6.3")
@JsModule("./bpmn-diagram.js")
public class ProcessDiagram extends Component {

	/**
	 * @param diagram the BPMN and the path taken
	 */
	public ProcessDiagram(CaseDiagram diagram) {
		setId("process-diagram");
		getElement().setAttribute("xml", diagram.bpmnXml());
		getElement().setAttribute("visited", String.join(",", diagram.visited()));
		getElement().setAttribute("current", String.join(",", diagram.current()));
		getElement().getStyle().set("height", "420px").set("width", "100%");
		getElement().setAttribute("role", "img");
		getElement().setAttribute("aria-label", getTranslation("trail.diagram"));
	}

}
