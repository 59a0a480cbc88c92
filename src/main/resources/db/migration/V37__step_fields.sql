-- The fields a step was completed with (a proposal and its reasons, the inspectors named,
-- the hearing date…), so the approval trail and the signer see what was decided, not only
-- the opinion. JSON, written once with the step's history row; MEDIUMTEXT because a full
-- correction checklist can pass MySQL's 64 KB TEXT.
ALTER TABLE apl_case_event ADD COLUMN fields_json MEDIUMTEXT;

-- Staff search a department's cases newest submission first.
CREATE INDEX ix_apl_case_dept_submitted ON apl_case (department_code, submitted_at);

-- Search by credit code finds the organisation's accounts by an index.
CREATE INDEX ix_app_user_credit_code ON app_user (credit_code);
