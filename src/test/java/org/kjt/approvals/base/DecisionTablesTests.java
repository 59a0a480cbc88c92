package org.kjt.approvals.base;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTablesTests {

	static Map<String, DecisionTables.Table> parse(String hitPolicy, String... rules) {
		StringBuilder xml = new StringBuilder("""
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
				<decision id="t" name="t"><decisionTable hitPolicy="%s">
				<input><inputExpression typeRef="number"><text>x</text></inputExpression></input>
				<output name="o" typeRef="string"/>""".formatted(hitPolicy));
		for (int i = 0; i < rules.length; i += 2) {
			xml.append("<rule><inputEntry><text>")
				.append(rules[i])
				.append("</text></inputEntry><outputEntry><text>")
				.append(rules[i + 1])
				.append("</text></outputEntry></rule>");
		}
		xml.append("</decisionTable></decision></definitions>");
		return DecisionTables.parse("test.dmn",
				new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void unaryTests() {
		DecisionTables.Table table = parse("UNIQUE", "&lt; 0", "\"negative\"", "[0..10)", "\"small\"", "10, 11",
				"\"ten\"", "(11..20]", "\"teens\"", "&gt;= 21", "\"big\"")
			.get("t");
		assertThat(table.evaluate(-1).output()).isEqualTo("negative");
		assertThat(table.evaluate(0).output()).isEqualTo("small");
		assertThat(table.evaluate(new BigDecimal("9.99")).output()).isEqualTo("small");
		assertThat(table.evaluate(10).output()).isEqualTo("ten");
		assertThat(table.evaluate(11).output()).isEqualTo("ten");
		assertThat(table.evaluate(20).output()).isEqualTo("teens");
		assertThat(table.evaluate(21).output()).isEqualTo("big");
		assertThatThrownBy(() -> table.evaluate(new BigDecimal("20.5"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no rule matches");
	}

	@Test
	void uniqueRefusesOverlapsFirstTakesTheFirst() {
		assertThatThrownBy(() -> parse("UNIQUE", "&gt; 0", "1", "&gt; 5", "2").get("t").evaluate(6))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("more than one rule");
		assertThat(parse("FIRST", "&gt; 0", "1", "&gt; 5", "2").get("t").evaluate(6).output())
			.isEqualTo(new BigDecimal("1"));
		assertThat(parse("FIRST", "-", "\"any\"").get("t").evaluate("whatever").output()).isEqualTo("any");
		assertThatThrownBy(() -> parse("COLLECT", "-", "1")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("COLLECT");
	}

}
