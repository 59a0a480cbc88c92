-- What the system tells a user about their cases: shown in the message centre, and
-- e-mailed from this table as an outbox (a crash between commit and sending loses no mail).
CREATE TABLE apl_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(64) NOT NULL,
    case_id BIGINT NOT NULL,
    reference_no VARCHAR(32) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    args_json VARCHAR(2000) NOT NULL,
    -- Sent once: a reminder of one task's deadline, one notice.
    dedupe_key VARCHAR(128) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    read_at TIMESTAMP(6) NULL,
    mail_state VARCHAR(16) NOT NULL,
    mail_to VARCHAR(200),
    mail_claimed_at TIMESTAMP(6) NULL,
    mail_attempts INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_message_dedupe UNIQUE (dedupe_key)
);

CREATE INDEX ix_message_recipient ON apl_message (recipient, created_at);
CREATE INDEX ix_message_unread ON apl_message (recipient, read_at);
CREATE INDEX ix_message_mail ON apl_message (mail_state, id);
