-- The fields a step was completed with (a proposal and its reasons, the inspectors named,
-- the hearing date…), so the approval trail and the signer see what was decided, not only
-- the opinion. JSON, written once with the step's history row.
ALTER TABLE apl_case_event ADD COLUMN fields_json TEXT;

-- Staff search a department's cases newest submission first.
CREATE INDEX ix_apl_case_dept_submitted ON apl_case (department_code, submitted_at);
