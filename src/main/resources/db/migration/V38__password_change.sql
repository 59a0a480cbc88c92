-- A password an admin reset is temporary: its owner must choose a new one before doing
-- anything else.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
