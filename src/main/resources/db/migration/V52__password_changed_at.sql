-- When the account's password last changed (its owner's choice or an admin's reset): API tokens
-- issued before it stop working, as the UI sessions opened with the old password end.
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP(6);
