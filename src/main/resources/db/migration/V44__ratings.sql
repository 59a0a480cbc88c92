-- 好差评: one rating per closed case by its applicant; a poor one opens a follow-up (整改) for
-- the head of the division that handled the case, recorded here when done.
CREATE TABLE apl_rating (
    case_id BIGINT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    division_code VARCHAR(64) NOT NULL,
    level VARCHAR(24) NOT NULL,
    reason VARCHAR(1000),
    rated_by VARCHAR(64) NOT NULL,
    rated_at TIMESTAMP(6) NOT NULL,
    follow_up_task VARCHAR(64),
    follow_up_by VARCHAR(64),
    follow_up_note VARCHAR(4000),
    follow_up_at TIMESTAMP(6) NULL
);

CREATE INDEX ix_rating_department ON apl_rating (department_code, rated_at);
