-- Who acts for an organisation changes on the record: a user removed (e.g. an account that had
-- registered another's credit code before verification existed) or the administration handed
-- over, by the organisation's administrator or the verifying staff, with the reason.
CREATE TABLE app_organisation_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    username VARCHAR(64) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_org_change_organisation FOREIGN KEY (organisation_id) REFERENCES app_organisation (id)
);
CREATE INDEX ix_org_change_organisation ON app_organisation_change (organisation_id, id);
