package org.kjt.approvals.cases.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.support.KaribuSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueViewTests extends KaribuSupport {

	@Autowired
	Catalogue catalogue;

	@Test
	void theCatalogueIsPublicAndInTheReadersLanguage() {
		ServiceItem item = this.catalogue.require("jilin", "lab-animal-production");
		UI.getCurrent().navigate("items");
		Details chinese = _get(Details.class, (spec) -> spec.withId("item-lab-animal-production"));
		assertThat(chinese.getSummaryText()).isEqualTo(item.name());
		assertThat(chinese.getElement().getTextRecursively()).contains(item.legalBasis(), item.fee());

		// The language switch reloads the page: a fresh view in English.
		UI.getCurrent().setLocale(Locale.ENGLISH);
		UI.getCurrent().navigate("");
		UI.getCurrent().navigate("items");
		Details english = _get(Details.class, (spec) -> spec.withId("item-lab-animal-production"));
		assertThat(english.getSummaryText()).isEqualTo(item.nameEn()).isNotEqualTo(item.name());
		assertThat(english.getElement().getTextRecursively()).contains(item.legalBasisEn(), item.feeEn());
	}

}
