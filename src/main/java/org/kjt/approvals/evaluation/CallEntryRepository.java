package org.kjt.approvals.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallEntryRepository extends JpaRepository<CallEntry, Long> {

	long countByCallId(Long callId);

	@Query("select e.callId, count(e) from CallEntry e where e.callId in :calls group by e.callId")
	List<Object[]> countByCalls(@Param("calls") Collection<Long> calls);

}
