-- When the account last logged in (the UI's log-in form or a token issued to an API client);
-- requests that merely carry a token or HTTP Basic credentials do not count, so they write nothing.
ALTER TABLE app_user ADD COLUMN last_login_at TIMESTAMP(6);
