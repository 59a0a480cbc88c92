package org.kjt.approvals.workpermit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.FormAssist;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The work-permit forms' field kinds and the live score: points per factor, total and
 * proposed category, recomputed as the employer types.
 */
@Component
class WorkPermitFormAssist implements FormAssist {

	private static final Set<String> DATES = Set.of("passportExpiry", "dateOfBirth", "contractStart", "contractEnd",
			"criminalRecordIssuedOn", "newContractEnd", "changedOn");

	private final WorkPermits permits;

	private final MessageSource messages;

	WorkPermitFormAssist(WorkPermits permits, MessageSource messages) {
		this.permits = permits;
		this.messages = messages;
	}

	@Override
	public boolean handles(String itemCode) {
		return itemCode.startsWith("work-permit");
	}

	@Override
	public List<String> choices(String field) {
		return switch (field) {
			case "education" -> List.of("DOCTORATE", "MASTER", "BACHELOR", "OTHER");
			case "workLocation" -> List.of("NORTHEAST", "POOR_COUNTY", "WESTERN", "OTHER");
			case "shortTerm", "listedHighEndTalent", "ageExempt", "inCountry" -> List.of("false", "true");
			case "cGround" -> Arrays.stream(CategoryCGround.values()).map(Enum::name).toList();
			case "inCountryBasis" -> Arrays.stream(InCountryBasis.values()).map(Enum::name).toList();
			case "changeKind" -> List.of("NAME", "PASSPORT", "POST", "EMPLOYER", "OCCUPATION");
			default -> List.of();
		};
	}

	@Override
	public boolean isDate(String field) {
		return DATES.contains(field);
	}

	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		if (!form.containsKey("annualSalaryCny")) {
			return List.of();
		}
		try {
			PointsResult score = this.permits.score(form);
			List<String> lines = new ArrayList<>();
			lines.add(message("workpermit.live.total", locale, score.total(), score.category(),
					message("workpermit.category." + score.category(), locale)));
			score.breakdown()
				.forEach((factor, points) -> lines
					.add(message("workpermit.factor." + factor, locale) + message("colon", locale) + points));
			score.reasons().forEach((reason) -> lines.add(message(reason, locale)));
			Object ground = form.get("cGround");
			if ("C".equals(score.category()) && (ground == null || ground.toString().isBlank())) {
				lines.add("⚠ " + message("workpermit.live.cGround", locale));
			}
			return lines;
		}
		catch (DomainException ex) {
			return List
				.of(message("workpermit.live.incomplete", locale, message(ex.messageKey(), locale, ex.arguments())));
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
