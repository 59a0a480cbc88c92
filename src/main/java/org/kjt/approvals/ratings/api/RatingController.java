package org.kjt.approvals.ratings.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.ratings.RatingLevel;
import org.kjt.approvals.ratings.Ratings;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "ratings", description = "好差评: the applicant rates a closed case once; poor ratings are followed up")
class RatingController {

	private final Ratings ratings;

	RatingController(Ratings ratings) {
		this.ratings = ratings;
	}

	record Rate(@Nullable String level, @Nullable String reason) {
	}

	@PostMapping("/api/cases/{id}/rating")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate my closed case once: level VERY_SATISFIED, SATISFIED, BASIC, DISSATISFIED or"
			+ " VERY_DISSATISFIED; a reason is required for the last two, which open a follow-up for the head of"
			+ " the division (409 if not closed or rated already)")
	Ratings.RatingView rate(@PathVariable long id, @RequestBody Rate rate) {
		RatingLevel level = level(rate.level());
		return Transient.retry(() -> this.ratings.rate(id, level, rate.reason()));
	}

	@GetMapping("/api/cases/{id}/rating")
	@Operation(summary = "My rating of my case, and what the division did about a poor one (404 if not rated)")
	Ratings.RatingView mine(@PathVariable long id) {
		return this.ratings.mine(id).orElseThrow(() -> DomainException.notFound("rating.error.none", id));
	}

	@GetMapping("/api/ratings")
	@Operation(summary = "Ratings per service item and division of a department (heads: their division)")
	List<Ratings.RatingFigures> figures(@RequestParam String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return this.ratings.figures(department, from, to);
	}

	private static @Nullable RatingLevel level(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return RatingLevel.valueOf(level.strip());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("level", "rating.error.unknownLevel", level);
		}
	}

}
