package org.kjt.approvals.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallEntryRepository extends JpaRepository<CallEntry, Long> {

}
