package org.kjt.approvals.licensing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.procedure.LicensingProcedure;
import org.kjt.approvals.cases.FormAssist;

import org.springframework.stereotype.Component;

/**
 * Change (变更) of a laboratory-animal licence's particulars, Art. 49: the holder's name,
 * the facility address or the legal representative, applied for by the holder to the
 * department that issued it; a change of scope is a new licence.
 */
@Component
class ChangeRules extends LicenceReviewRules implements FormAssist {

	static final String PROCESS = "licence-change";

	static final String ITEM = "lab-animal-licence-change";

	static final List<String> CHANGES = List.of("HOLDER_NAME", "FACILITY_ADDRESS", "LEGAL_REPRESENTATIVE");

	private final LicenceRepository licences;

	ChangeRules(LicenceRepository licences, LicensingProcedure procedure) {
		super(PROCESS, procedure);
		this.licences = licences;
	}

	@Override
	public boolean handles(String itemCode) {
		return ITEM.equals(itemCode);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Licence licence = heldValidLicence(this.licences, submission);
		Object type = submission.form().get("changeType");
		if (type == null || !CHANGES.contains(type.toString())) {
			throw DomainException.invalid("changeType", "licence.error.changeType", type);
		}
		Object entered = submission.form().get("newValue");
		String value = (entered != null) ? entered.toString().strip() : "";
		if (value.isEmpty() || value.length() > 200) {
			throw DomainException.invalid("newValue", "licence.error.newValue", 200);
		}
		String current = licence.current(type.toString());
		if (value.equals(current)) {
			throw DomainException.invalid("newValue", "licence.error.unchanged", value);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("licenceNumber", licence.getNumber());
		variables.put("changeType", type.toString());
		variables.put("newValue", value);
		return new Checked(Map.of("currentValue", (current != null) ? current : "—"), variables);
	}

	@Override
	public List<String> choices(String field) {
		return "changeType".equals(field) ? CHANGES : List.of();
	}

	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		return List.of();
	}

}
