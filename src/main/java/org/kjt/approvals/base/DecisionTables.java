package org.kjt.approvals.base;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/**
 * DMN decision tables from the processes folder (hit policy UNIQUE or FIRST, plain FEEL
 * unary tests: {@code -}, literals, comparisons, ranges and comma-separated lists), so
 * that a rule that is a table is changed as a table. Flowable 8's DMN engine is not
 * published on Maven Central; this covers the tables the processes use.
 */
@Component
public class DecisionTables {

	private final Map<String, Table> tables = new LinkedHashMap<>();

	DecisionTables(ApprovalsProperties properties) throws IOException {
		Path folder = Path.of(properties.processesDir()).toAbsolutePath().normalize();
		for (Path file : ProcessFolderDeployer.processFiles(folder)) {
			String name = file.getFileName().toString();
			if (name.endsWith(".dmn") || name.endsWith(".dmn.xml")) {
				try (InputStream in = Files.newInputStream(file)) {
					load(name, in);
				}
			}
		}
	}

	/**
	 * Reads the decision tables of a DMN document.
	 * @param name file name, for messages
	 * @param dmn the document
	 * @return the tables by decision id
	 */
	public static Map<String, Table> parse(String name, InputStream dmn) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			Element root = builder.parse(dmn).getDocumentElement();
			Map<String, Table> parsed = new LinkedHashMap<>();
			NodeList decisions = root.getElementsByTagNameNS("*", "decision");
			for (int i = 0; i < decisions.getLength(); i++) {
				Element decision = (Element) decisions.item(i);
				Element table = child(decision, "decisionTable");
				String hitPolicy = table.getAttribute("hitPolicy").isEmpty() ? "UNIQUE"
						: table.getAttribute("hitPolicy");
				if (!hitPolicy.equals("UNIQUE") && !hitPolicy.equals("FIRST")) {
					throw new IllegalStateException(name + ": decision " + decision.getAttribute("id")
							+ " has hit policy " + hitPolicy + "; only UNIQUE and FIRST are supported");
				}
				List<Rule> rules = new ArrayList<>();
				NodeList ruleNodes = table.getElementsByTagNameNS("*", "rule");
				for (int r = 0; r < ruleNodes.getLength(); r++) {
					Element rule = (Element) ruleNodes.item(r);
					List<String> tests = children(rule, "inputEntry").stream().map(DecisionTables::text).toList();
					String output = text(child(rule, "outputEntry"));
					Element description = child(rule, "description");
					rules.add(new Rule(tests, literal(output),
							(description != null) ? description.getTextContent() : null));
				}
				List<String> inputs = children(table, "input").stream()
					.map((input) -> text(child(input, "inputExpression")))
					.toList();
				parsed.put(decision.getAttribute("id"), new Table(decision.getAttribute("id"),
						decision.getAttribute("name"), inputs, hitPolicy, rules));
			}
			return parsed;
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("Cannot read the decision tables of " + name + ": " + ex.getMessage(), ex);
		}
	}

	private void load(String name, InputStream in) {
		parse(name, in).forEach((id, table) -> {
			if (this.tables.putIfAbsent(id, table) != null) {
				throw new IllegalStateException("Decision " + id + " is defined twice (" + name + ")");
			}
		});
	}

	/**
	 * A deployed decision table.
	 * @param decisionId decision id
	 * @return the table
	 */
	public Table table(String decisionId) {
		Table table = this.tables.get(decisionId);
		if (table == null) {
			throw new IllegalStateException("No decision table " + decisionId + " in the processes folder");
		}
		return table;
	}

	/**
	 * A decision table with one input.
	 *
	 * @param id decision id
	 * @param name decision name
	 * @param input the input's name
	 * @param hitPolicy UNIQUE or FIRST
	 * @param rules the rules in order
	 */
	public record Table(String id, String name, List<String> inputs, String hitPolicy, List<Rule> rules) {

		/**
		 * The output of the rule that matches a single-input table.
		 * @param value the input value (a number, a string or an enum)
		 * @return the matching rule
		 */
		public Rule evaluate(Object value) {
			return evaluate(Map.of(this.inputs.get(0), value));
		}

		/**
		 * The output of the rule whose every input entry matches.
		 * @param values the input values by input expression
		 * @return the matching rule
		 */
		public Rule evaluate(Map<String, Object> values) {
			for (String input : this.inputs) {
				if (!values.containsKey(input)) {
					throw new IllegalArgumentException("Decision " + this.id + ": input " + input + " is missing");
				}
			}
			Rule found = null;
			for (Rule rule : this.rules) {
				boolean all = true;
				for (int i = 0; i < this.inputs.size() && all; i++) {
					all = UnaryTests.matches(rule.tests().get(i), values.get(this.inputs.get(i)));
				}
				if (all) {
					if ("FIRST".equals(this.hitPolicy)) {
						return rule;
					}
					if (found != null) {
						throw new IllegalStateException(
								"Decision " + this.id + ": more than one rule matches " + values);
					}
					found = rule;
				}
			}
			if (found == null) {
				throw new IllegalArgumentException("Decision " + this.id + ": no rule matches " + values);
			}
			return found;
		}

	}

	/**
	 * One rule.
	 *
	 * @param tests the input entries (FEEL unary tests), one per input
	 * @param output the output value
	 * @param description the rule's description
	 */
	public record Rule(List<String> tests, Object output, String description) {

	}

	private static Object literal(String text) {
		String value = text.strip();
		if (value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1);
		}
		return new BigDecimal(value);
	}

	private static String text(Element element) {
		Element text = child(element, "text");
		return (text != null) ? text.getTextContent().strip() : "";
	}

	private static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element child(Element parent, String localName) {
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	/** The subset of FEEL unary tests decision tables here use. */
	static final class UnaryTests {

		private UnaryTests() {
		}

		static boolean matches(String tests, Object value) {
			String trimmed = tests.strip();
			if (trimmed.isEmpty() || trimmed.equals("-")) {
				return true;
			}
			for (String test : split(trimmed)) {
				if (matchesOne(test.strip(), value)) {
					return true;
				}
			}
			return false;
		}

		private static boolean matchesOne(String test, Object value) {
			if (test.startsWith("\"")) {
				return test.substring(1, test.length() - 1).equals(String.valueOf(value));
			}
			BigDecimal number = number(value);
			if (number == null) {
				return false;
			}
			if (test.startsWith("[") || test.startsWith("(") || test.startsWith("]")) {
				String[] bounds = test.substring(1, test.length() - 1).split("\\.\\.");
				BigDecimal low = new BigDecimal(bounds[0].strip());
				BigDecimal high = new BigDecimal(bounds[1].strip());
				boolean lowOk = test.startsWith("[") ? number.compareTo(low) >= 0 : number.compareTo(low) > 0;
				boolean highOk = test.endsWith("]") ? number.compareTo(high) <= 0 : number.compareTo(high) < 0;
				return lowOk && highOk;
			}
			for (String operator : List.of(">=", "<=", ">", "<")) {
				if (test.startsWith(operator)) {
					int comparison = number.compareTo(new BigDecimal(test.substring(operator.length()).strip()));
					return switch (operator) {
						case ">=" -> comparison >= 0;
						case "<=" -> comparison <= 0;
						case ">" -> comparison > 0;
						default -> comparison < 0;
					};
				}
			}
			return number.compareTo(new BigDecimal(test)) == 0;
		}

		private static BigDecimal number(Object value) {
			if (value instanceof BigDecimal decimal) {
				return decimal;
			}
			if (value instanceof Number number) {
				return new BigDecimal(number.toString());
			}
			return null;
		}

		/** Splits on commas outside quotes. */
		private static List<String> split(String tests) {
			List<String> parts = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			boolean quoted = false;
			for (char c : tests.toCharArray()) {
				if (c == '"') {
					quoted = !quoted;
				}
				if (c == ',' && !quoted) {
					parts.add(current.toString());
					current.setLength(0);
				}
				else {
					current.append(c);
				}
			}
			parts.add(current.toString());
			return parts;
		}

	}

}
