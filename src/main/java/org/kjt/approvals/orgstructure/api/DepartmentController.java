package org.kjt.approvals.orgstructure.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.orgstructure.DepartmentDetails;
import org.kjt.approvals.orgstructure.DepartmentSummary;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingChangeView;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.orgstructure.StepRole;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "departments", description = "Both departments' organisation (public) and the routing table (admin)")
class DepartmentController {

	private final OrgStructure orgStructure;

	DepartmentController(OrgStructure orgStructure) {
		this.orgStructure = orgStructure;
	}

	record RoutingChange(String division, String reason) {
	}

	@GetMapping("/api/departments")
	@Operation(summary = "Both departments (public)")
	List<DepartmentSummary> departments() {
		return this.orgStructure.summaries();
	}

	@GetMapping("/api/departments/{code}")
	@Operation(summary = "A department: duties, divisions with remits and the steps they handle (public)")
	DepartmentDetails department(@PathVariable String code) {
		return this.orgStructure.details(code);
	}

	@GetMapping("/api/departments/{code}/routing")
	@Operation(summary = "The routing table of a department (public; who changed an entry only for admins)")
	List<RoutingEntryView> routing(@PathVariable String code, Authentication user) {
		this.orgStructure.details(code);
		boolean admin = user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return this.orgStructure.routing(code)
			.stream()
			.map((entry) -> admin ? entry
					: new RoutingEntryView(entry.department(), entry.item(), entry.role(), entry.division(),
							entry.divisionName(), entry.reason(), entry.source(), null, entry.updatedAt()))
			.toList();
	}

	@GetMapping("/api/departments/{code}/routing/changes")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Recorded routing changes, with who made them (admins)")
	List<RoutingChangeView> routingChanges(@PathVariable String code) {
		this.orgStructure.details(code);
		return this.orgStructure.routingChanges(code);
	}

	@PutMapping("/api/departments/{code}/routing/{item}/{role}")
	@Operation(summary = "Route a step to another unit (admins); applies to tasks created afterwards")
	ResponseEntity<Void> changeRouting(@PathVariable String code, @PathVariable String item,
			@PathVariable StepRole role, @RequestBody RoutingChange change) {
		this.orgStructure.changeRouting(code, item, role, change.division(), change.reason());
		return ResponseEntity.noContent().build();
	}

}
