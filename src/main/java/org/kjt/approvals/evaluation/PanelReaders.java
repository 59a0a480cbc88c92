package org.kjt.approvals.evaluation;

import java.util.EnumSet;

import org.kjt.approvals.cases.OutsideReaders;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Component;

/**
 * An expert reads the materials of a case whose latest panel they sit on, while their
 * seat is open or scored: not once they have left it (a conflict declared, the seat
 * taken), nor once a fresh panel is drawn; the case machinery also ends it when the case
 * ends (decided or withdrawn).
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
