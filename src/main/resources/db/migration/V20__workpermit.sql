-- Foreigners' work permits: the person keeps one permit number for life (wp_person); each
-- card issued to them for an employer is a wp_card.
CREATE TABLE wp_person (
    permit_number VARCHAR(32) PRIMARY KEY,
    holder_name VARCHAR(200) NOT NULL,
    nationality CHAR(3) NOT NULL,
    date_of_birth DATE NOT NULL,
    passport_number VARCHAR(32) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_wp_person_identity ON wp_person (nationality, date_of_birth, passport_number);

CREATE TABLE wp_card (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    permit_number VARCHAR(32) NOT NULL,
    case_id BIGINT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    employer_username VARCHAR(64) NOT NULL,
    employer_name VARCHAR(200) NOT NULL,
    category CHAR(1) NOT NULL,
    post VARCHAR(200) NOT NULL,
    work_address VARCHAR(500) NOT NULL,
    notice_number VARCHAR(64) NOT NULL,
    entry_date DATE NOT NULL,
    issued_on DATE NOT NULL,
    valid_until DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    cancelled_on DATE,
    cancel_reason VARCHAR(1000),
    cancelled_late BOOLEAN NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_wp_card_case UNIQUE (case_id)
);
CREATE INDEX ix_wp_card_permit ON wp_card (permit_number, issued_on);
CREATE INDEX ix_wp_card_employer ON wp_card (employer_username, issued_on);
