package org.kjt.approvals.cases;

import java.util.List;

/**
 * A case's process diagram and the path taken on it.
 *
 * @param bpmnXml the deployed BPMN with its diagram interchange
 * @param visited the activity and sequence flow ids passed
 * @param current the activity ids active now
 */
public record CaseDiagram(String bpmnXml, List<String> visited, List<String> current) {

}
