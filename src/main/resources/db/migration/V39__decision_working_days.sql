-- Working days from acceptance to decision, less the days the clock stood still: written
-- once when a case is decided, so the dashboard's averages are a SUM in SQL, not a walk
-- over the calendar per case.
ALTER TABLE apl_case ADD COLUMN decision_working_days INT;

-- The dashboard reads a department's cases by submission and by decision day.
CREATE INDEX ix_apl_case_dept_decided ON apl_case (department_code, decided_on);
