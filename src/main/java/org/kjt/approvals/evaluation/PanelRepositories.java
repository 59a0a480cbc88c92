package org.kjt.approvals.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DrawRepository extends JpaRepository<Draw, Long> {

	Optional<Draw> findFirstByCaseIdOrderByRoundDesc(Long caseId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Draw d where d.id = :id")
	Optional<Draw> lock(@Param("id") long id);

	List<Draw> findByIdIn(Collection<Long> ids);

	@Query("select d from Draw d where d.departmentCode = :department and d.itemCode in :items"
			+ " and d.round = (select max(o.round) from Draw o where o.caseId = d.caseId) order by d.drawnAt desc")
	Page<Draw> latestOf(@Param("department") String department, @Param("items") Collection<String> items,
			Pageable pageable);

}

interface SeatRepository extends JpaRepository<PanelSeat, Long> {

	List<PanelSeat> findByDrawIdOrderById(Long drawId);

	/** Whether an expert sits, in one of the states, on the case's latest panel. */
	@Query("select count(s) > 0 from PanelSeat s, Draw d where s.drawId = d.id and d.caseId = :caseId"
			+ " and d.round = (select max(o.round) from Draw o where o.caseId = :caseId)"
			+ " and s.expertUsername = :username and s.state in :states")
	boolean seated(@Param("caseId") long caseId, @Param("username") String username,
			@Param("states") Collection<SeatState> states);

	/**
	 * A draw's seats, locked and as last committed (a locking read): taken after the
	 * draw's lock, so that two experts finishing together see each other's scores.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from PanelSeat s where s.drawId = :draw order by s.id")
	List<PanelSeat> lockByDraw(@Param("draw") long drawId);

	@Query("select s.drawId from PanelSeat s where s.id = :seat and s.expertUsername = :username")
	Optional<Long> drawOf(@Param("seat") long seatId, @Param("username") String username);

	/**
	 * An expert's seats in a state, as (seat, draw) ids in the draws' order (locked in
	 * turn).
	 */
	@Query("select s.id, s.drawId from PanelSeat s where s.expertUsername = :username and s.state = :state"
			+ " order by s.drawId, s.id")
	List<Object[]> seatsOf(@Param("username") String expertUsername, @Param("state") SeatState state);

	List<PanelSeat> findByDrawIdInOrderById(Collection<Long> drawIds);

	Page<PanelSeat> findByExpertUsernameAndStateInOrderByIdDesc(String expertUsername, Collection<SeatState> states,
			Pageable pageable);

}
