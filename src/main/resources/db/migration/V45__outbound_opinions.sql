-- A key outbound-training project's sign-off is an internal approval, not a licence
-- (domain-rules §3): its outcome is 同意 / 不同意, never 准予 / 不予许可.
UPDATE apl_case SET status = 'AGREED' WHERE item_code = 'outbound-training' AND status = 'GRANTED';
UPDATE apl_case SET status = 'NOT_AGREED' WHERE item_code = 'outbound-training' AND status = 'REFUSED';
UPDATE apl_case SET decision = 'agree' WHERE item_code = 'outbound-training' AND decision = 'grant';
UPDATE apl_case SET decision = 'disagree' WHERE item_code = 'outbound-training' AND decision = 'refuse';
