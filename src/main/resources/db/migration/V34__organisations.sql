-- An applicant organisation, registered once per unified social credit code and verified by the
-- approval office of its department before its accounts may submit or act as a licence holder.
-- Its business licence (or legal-person certificate) is a material of case reference
-- 'organisation-<id>' in doc_material.
CREATE TABLE app_organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    credit_code VARCHAR(18) NOT NULL,
    name VARCHAR(200) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    registered_at TIMESTAMP(6) NOT NULL,
    decided_at TIMESTAMP(6),
    decided_by VARCHAR(64),
    decision_reason VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_credit_code UNIQUE (credit_code)
);

-- The verification queue of a department: pending organisations, oldest first.
CREATE INDEX ix_org_queue ON app_organisation (department_code, status, registered_at);

ALTER TABLE app_user ADD COLUMN organisation_id BIGINT;
ALTER TABLE app_user ADD COLUMN organisation_admin BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_user_organisation ON app_user (organisation_id);

-- Accounts registered before organisations existed: one organisation per credit code, pending
-- verification (anyone could register any code then); the earliest account administers it.
INSERT INTO app_organisation (credit_code, name, department_code, status, registered_at, version)
SELECT u.credit_code, MIN(u.organisation_name),
       CASE WHEN SUBSTRING(u.credit_code, 3, 2) = '22' THEN 'jilin' ELSE 'liaoning' END,
       'PENDING', MIN(u.created_at), 0
FROM app_user u
WHERE u.kind = 'APPLICANT' AND u.credit_code IS NOT NULL
GROUP BY u.credit_code;

UPDATE app_user SET organisation_id = (SELECT o.id FROM app_organisation o WHERE o.credit_code = app_user.credit_code)
WHERE kind = 'APPLICANT' AND credit_code IS NOT NULL;

UPDATE app_user SET organisation_admin = TRUE
WHERE id IN (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM app_user
                                   WHERE organisation_id IS NOT NULL GROUP BY organisation_id) firsts);
