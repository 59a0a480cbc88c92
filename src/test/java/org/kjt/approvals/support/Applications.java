package org.kjt.approvals.support;

import java.util.List;
import java.util.Map;

import org.kjt.approvals.cases.Cases;

import org.springframework.stereotype.Component;

/** Applications as the demo applicant hands them in, for tests that start from one. */
@Component
public class Applications {

	/** The materials a Jilin laboratory-animal use licence asks for. */
	public static final List<String> USE_MATERIALS = List.of("application-form", "legal-status", "facility-test-report",
			"ethics-review", "staff-training", "procedures");

	private final Cases cases;

	private final Users users;

	Applications(Cases cases, Users users) {
		this.cases = cases;
		this.users = users;
	}

	/**
	 * A Jilin laboratory-animal use licence application, complete and submitted by
	 * {@code applicant}.
	 * @return the case id
	 */
	public long submittedUseLicence() {
		return this.users.as("applicant", () -> {
			long id = this.cases
				.create("jilin", "lab-animal-use",
						Map.of("scope", "SPF级大鼠动物实验", "facilityAddress", "示例路3号", "legalRepresentative", "王五"))
				.id();
			for (String material : USE_MATERIALS) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

}
