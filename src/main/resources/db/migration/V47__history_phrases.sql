-- A history detail the system wrote is kept as its message key and arguments too, so an
-- English reader sees it in English; the detail column keeps the official (Chinese) text.
ALTER TABLE apl_case_event ADD COLUMN detail_key VARCHAR(100);
ALTER TABLE apl_case_event ADD COLUMN detail_args TEXT;
