package org.kjt.approvals.evaluation;

import java.util.EnumSet;

import org.kjt.approvals.cases.OutsideReaders;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Component;

/**
 * An expert reads the materials of a case whose panel they sit on, as they read its
 * application: while their seat is open or scored, not once they have left it (a conflict
 * declared, the seat taken, the case withdrawn).
 */
@Component
class PanelReaders implements OutsideReaders {

	private final SeatRepository seats;

	PanelReaders(SeatRepository seats) {
		this.seats = seats;
	}

	@Override
	public boolean mayReadMaterials(AppUser user, long caseId) {
		return user.has(Role.EXPERT)
				&& this.seats.seated(caseId, user.username(), EnumSet.of(SeatState.ASSIGNED, SeatState.SCORED));
	}

}
