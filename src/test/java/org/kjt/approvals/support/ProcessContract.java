package org.kjt.approvals.support;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.Steps;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;

/**
 * The contract between a BPMN file and the Java beside it: every {@code bean.method(…)}
 * an expression names exists with that many arguments, every user task is a declared step
 * (and every declared step a user task), and every outcome a condition tests is declared
 * for the step before it.
 */
public final class ProcessContract {

	/** {@code name.method(} inside an expression. */
	private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\(");

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);

	private static final Pattern OUTCOME = Pattern.compile("outcome\\s*(?:==|!=|eq|ne)\\s*'([A-Za-z0-9_-]+)'");

	/**
	 * Names an expression may call methods on besides beans: the engine's own objects.
	 */
	private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task");

	private final ApplicationContext context;

	private final CaseProcesses processes;

	public ProcessContract(ApplicationContext context) {
		this.context = context;
		this.processes = context.getBean(CaseProcesses.class);
	}

	/**
	 * What breaks the contract in one BPMN file.
	 * @param name the file's name, for the messages
	 * @param xml the file's content
	 * @return one line per violation, empty when it holds
	 */
	public List<String> violations(String name, String xml) {
		List<String> violations = new ArrayList<>();
		Matcher expressions = EXPRESSION.matcher(xml);
		while (expressions.find()) {
			String expression = expressions.group(1);
			Matcher calls = CALL.matcher(expression);
			while (calls.find()) {
				String target = calls.group(1);
				String method = calls.group(2);
				int arity = arity(expression, calls.end());
				if (ENGINE_OBJECTS.contains(target)) {
					continue;
				}
				if (!this.context.containsBean(target)) {
					violations.add(name + ": no bean '" + target + "' for ${" + expression + "}");
				}
				else if (!hasMethod(this.context.getBean(target), method, arity)) {
					violations.add(name + ": bean '" + target + "' has no public method " + method + " taking " + arity
							+ " argument(s), for ${" + expression + "}");
				}
			}
		}
		BpmnModel model = parse(xml);
		for (Process process : model.getProcesses()) {
			violations.addAll(steps(name, process));
		}
		return violations;
	}

	private List<String> steps(String name, Process process) {
		List<String> violations = new ArrayList<>();
		CaseRules rules = this.processes.rules(process.getId()).orElse(null);
		if (rules == null) {
			violations.add(name + ": no module declares the steps of process '" + process.getId() + "'");
			return violations;
		}
		Set<String> userTasks = new LinkedHashSet<>();
		for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
			userTasks.add(task.getId());
			Steps.Step declared = rules.steps().step(task.getId()).orElse(null);
			if (declared == null) {
				violations.add(name + ": user task '" + task.getId() + "' is not a declared step");
			}
			else if ("APPLICANT".equals(task.getCategory()) != (declared.actor() == Steps.Actor.APPLICANT)) {
				// The workbench shows staff tasks, the portal the applicant's: both read
				// the category.
				violations.add(name + ": user task '" + task.getId() + "' has category " + task.getCategory()
						+ " but is declared a " + declared.actor() + " step");
			}
		}
		for (Steps.Step step : rules.steps().all()) {
			if (!userTasks.contains(step.id())) {
				violations.add(name + ": declared step '" + step.id() + "' is no user task");
			}
		}
		for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class)) {
			String condition = flow.getConditionExpression();
			if (condition == null) {
				continue;
			}
			Matcher outcomes = OUTCOME.matcher(condition);
			while (outcomes.find()) {
				String outcome = outcomes.group(1);
				Set<String> before = stepsBefore(process, process.getFlowElement(flow.getSourceRef(), true));
				if (before.isEmpty()) {
					violations
						.add(name + ": flow '" + flow.getId() + "' tests outcome '" + outcome + "' after no user task");
				}
				for (String step : before) {
					boolean declared = rules.steps()
						.step(step)
						.map((declaredStep) -> declaredStep.outcomeCodes().contains(outcome))
						.orElse(false);
					if (!declared) {
						violations.add(name + ": flow '" + flow.getId() + "' tests outcome '" + outcome
								+ "', which step '" + step + "' does not declare");
					}
				}
			}
		}
		return violations;
	}

	/** The user tasks whose outcome a flow leaving this element tests. */
	private static Set<String> stepsBefore(Process process, FlowElement source) {
		Set<String> steps = new LinkedHashSet<>();
		if (source instanceof UserTask task) {
			steps.add(task.getId());
		}
		else if (source instanceof ExclusiveGateway gateway) {
			for (SequenceFlow incoming : ((FlowNode) gateway).getIncomingFlows()) {
				steps.addAll(stepsBefore(process, process.getFlowElement(incoming.getSourceRef(), true)));
			}
		}
		return steps;
	}

	private static boolean hasMethod(Object bean, String name, int arity) {
		for (Method method : AopUtils.getTargetClass(bean).getMethods()) {
			if (!method.getName().equals(name) || !Modifier.isPublic(method.getModifiers())) {
				continue;
			}
			int parameters = method.getParameterCount();
			if (parameters == arity || (method.isVarArgs() && arity >= parameters - 1)) {
				return true;
			}
		}
		return false;
	}

	/** The number of arguments of the call whose opening bracket ends at {@code from}. */
	private static int arity(String expression, int from) {
		int depth = 0;
		int commas = 0;
		boolean quoted = false;
		boolean any = false;
		for (int index = from; index < expression.length(); index++) {
			char c = expression.charAt(index);
			if (c == '\'') {
				quoted = !quoted;
			}
			if (quoted) {
				any = true;
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				if (depth == 0) {
					return any ? commas + 1 : 0;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				commas++;
			}
			if (!Character.isWhitespace(c)) {
				any = true;
			}
		}
		return any ? commas + 1 : 0;
	}

	private static BpmnModel parse(String xml) {
		try {
			XMLStreamReader reader = XMLInputFactory.newInstance()
				.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
			return new BpmnXMLConverter().convertToBpmnModel(reader);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Not a BPMN file: " + ex.getMessage(), ex);
		}
	}

}
