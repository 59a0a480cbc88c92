package org.kjt.approvals.cases;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name in the service catalogue (items, form fields, materials, in both languages)
 * is whole: no text cut at a comma inside brackets ("Scope (species"), every bracket
 * closed.
 */
@ApprovalsTest
class CatalogueNamesTests {

	@Autowired
	Catalogue catalogue;

	@Test
	void everyNameIsWhole() {
		List<String> names = new ArrayList<>();
		for (ServiceItem item : this.catalogue.all()) {
			names.add(item.name());
			names.add(item.nameEn());
			item.formFields().forEach((field) -> {
				names.add(field.name());
				names.add(field.nameEn());
			});
			item.materials().forEach((material) -> {
				names.add(material.name());
				names.add(material.nameEn());
			});
		}
		assertThat(names).hasSizeGreaterThan(100)
			.allSatisfy((name) -> assertThat(name).isNotBlank()
				.satisfies((text) -> assertThat(count(text, '(') + count(text, '(')).as(text)
					.isEqualTo(count(text, ')') + count(text, ')'))));
		assertThat(names).contains("Scope (species, strains and quality grades)", "汉语水平(HSK 等级,无则为0)",
				"无犯罪记录证明(经认证,6个月内出具)");
	}

	/** 《实验动物管理条例》: issued 1988 as 国家科委令第2号, revised 2017 by 国务院令第676号. */
	@Test
	void laboratoryAnimalLicencesCiteTheRegulationsCorrectly() {
		ServiceItem production = this.catalogue.find("lab-animal-production").orElseThrow();
		assertThat(production.legalBasis()).contains("1988年国家科学技术委员会令第2号").contains("国务院令第676号");
		assertThat(production.legalBasisEn()).contains("Order No. 2, 1988").contains("State Council Order No. 676");
	}

	private static long count(String text, char bracket) {
		return text.chars().filter((c) -> c == bracket).count();
	}

}
