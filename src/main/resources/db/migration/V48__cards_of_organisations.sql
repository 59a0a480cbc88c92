-- A work-permit card belongs to the employing organisation (its unified social credit code), not
-- to the account that applied: every verified user of the organisation extends, changes,
-- cancels and prints it (issue 11).
ALTER TABLE wp_card ADD COLUMN employer_credit_code VARCHAR(18);
UPDATE wp_card SET employer_credit_code =
    (SELECT u.credit_code FROM app_user u WHERE u.username = wp_card.employer_username);
CREATE INDEX ix_wp_card_employer_org ON wp_card (employer_credit_code, issued_on);
