-- The query code printed on the receipt: with the reference number it shows the case's
-- progress to anyone holding the receipt, without logging in.
ALTER TABLE apl_case ADD COLUMN query_code VARCHAR(16);

-- One table counts every throttled attempt (registrations, progress look-ups), by kind;
-- its (address, attempted_at) index still serves, an address rarely has many kinds.
ALTER TABLE app_registration_attempt RENAME TO app_attempt;
ALTER TABLE app_attempt ADD COLUMN kind VARCHAR(32) NOT NULL DEFAULT 'registration';
