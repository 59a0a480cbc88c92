-- Working days from acceptance to decision, less the days the clock stood still: written
-- once when a case is decided, so the dashboard's averages are a SUM in SQL, not a walk
-- over the calendar per case.
ALTER TABLE apl_case ADD COLUMN decision_working_days INT;

-- The day an application was first handed in: received_on moves to the day corrections
-- come in (Art. 32), the dashboard counts an application received once.
ALTER TABLE apl_case ADD COLUMN first_received_on DATE;
UPDATE apl_case SET first_received_on = received_on;

-- The dashboard: index-only scans for its three queries: received per item and day, decided per item and
-- day (with what on-time, averages and counts need), open per item.
CREATE INDEX ix_apl_case_dept_received ON apl_case (department_code, first_received_on, item_code);
CREATE INDEX ix_apl_case_dept_decision ON apl_case (department_code, decided_on, item_code, status, deadline,
    intake_deadline, decision_working_days, extended, suspended_days);
CREATE INDEX ix_apl_case_dept_open ON apl_case (department_code, status, item_code);
