package org.kjt.approvals.workpermit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.workpermit.PointsCalculator;
import org.kjt.approvals.workpermit.PointsInput;
import org.kjt.approvals.workpermit.PointsResult;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "work-permits", description = "Foreigners' work permits")
class PointsController {

	private final PointsCalculator calculator;

	PointsController(PointsCalculator calculator) {
		this.calculator = calculator;
	}

	@PostMapping("/api/work-permits/points")
	@Operation(summary = "Score a foreign national with the points table and propose the category (public;"
			+ " nothing is stored)")
	PointsResult points(@RequestBody PointsInput input) {
		return this.calculator.score(input);
	}

}
