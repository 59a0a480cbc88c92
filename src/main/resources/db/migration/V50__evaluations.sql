-- Evaluations (评审): calls for applications with a window, the expert pool, panels drawn from it
-- with their seeds, each expert's independent scores, public notices with objections, and the
-- certificates that end a recognition or an award. A draw keeps the application as the panel
-- was given it, so that every expert reviews the same text.
CREATE TABLE ev_call (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    title VARCHAR(200) NOT NULL,
    opens_at TIMESTAMP(6) NOT NULL,
    closes_at TIMESTAMP(6) NOT NULL,
    quota INT,
    entries INT DEFAULT 0 NOT NULL,
    extended BOOLEAN NOT NULL,
    extension_reason VARCHAR(1000),
    extended_by VARCHAR(64),
    extended_at TIMESTAMP(6),
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_ev_call_department ON ev_call (department_code, closes_at);
CREATE INDEX ix_ev_call_item ON ev_call (department_code, item_code, opens_at);

CREATE TABLE ev_call_entry (
    case_id BIGINT PRIMARY KEY,
    call_id BIGINT NOT NULL,
    submitted_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_ev_call_entry_call FOREIGN KEY (call_id) REFERENCES ev_call (id)
);
CREATE INDEX ix_ev_call_entry_call ON ev_call_entry (call_id);

CREATE TABLE ev_expert (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    division_code VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    organisation_name VARCHAR(200) NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    disciplines VARCHAR(500) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    contact VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_ev_expert_username UNIQUE (username)
);
CREATE INDEX ix_ev_expert_pool ON ev_expert (department_code, division_code, active);

CREATE TABLE ev_draw (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    round_no INT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    reference_no VARCHAR(32) NOT NULL,
    applicant_name VARCHAR(200) NOT NULL,
    applicant_credit_code VARCHAR(18),
    avoided VARCHAR(1000),
    application_json TEXT,
    seed BIGINT NOT NULL,
    discipline VARCHAR(64) NOT NULL,
    composition VARCHAR(200) NOT NULL,
    drawn_at TIMESTAMP(6) NOT NULL,
    due_on DATE NOT NULL,
    CONSTRAINT uk_ev_draw_case_round UNIQUE (case_id, round_no)
);

CREATE TABLE ev_panel_seat (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    draw_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    expert_id BIGINT NOT NULL,
    expert_username VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    draw_no INT NOT NULL,
    state VARCHAR(16) NOT NULL,
    scores_json VARCHAR(2000),
    total DECIMAL(7, 2),
    comment_text VARCHAR(2000),
    scored_at TIMESTAMP(6),
    late BOOLEAN NOT NULL,
    conflict_reason VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT fk_ev_seat_draw FOREIGN KEY (draw_id) REFERENCES ev_draw (id),
    CONSTRAINT uk_ev_seat_draw_expert UNIQUE (draw_id, expert_id)
);
CREATE INDEX ix_ev_seat_expert ON ev_panel_seat (expert_username, state);
CREATE INDEX ix_ev_seat_draw ON ev_panel_seat (draw_id);

CREATE TABLE ev_public_notice (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    proposal VARCHAR(1000) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    withdrawn BOOLEAN DEFAULT FALSE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_ev_notice_department ON ev_public_notice (department_code, ends_on);
CREATE INDEX ix_ev_notice_case ON ev_public_notice (case_id);

CREATE TABLE ev_objection (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    contact VARCHAR(200) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    state VARCHAR(16) NOT NULL,
    answer VARCHAR(2000),
    handled_by VARCHAR(64),
    handled_at TIMESTAMP(6),
    version BIGINT NOT NULL,
    CONSTRAINT fk_ev_objection_notice FOREIGN KEY (notice_id) REFERENCES ev_public_notice (id)
);
CREATE INDEX ix_ev_objection_case ON ev_objection (case_id, state);

CREATE TABLE ev_certificate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_no VARCHAR(64) NOT NULL,
    case_id BIGINT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    holder VARCHAR(200) NOT NULL,
    holder_credit_code VARCHAR(18),
    title VARCHAR(300) NOT NULL,
    issued_on DATE NOT NULL,
    valid_until DATE,
    CONSTRAINT uk_ev_certificate_no UNIQUE (certificate_no),
    CONSTRAINT uk_ev_certificate_case UNIQUE (case_id)
);
CREATE INDEX ix_ev_certificate_register ON ev_certificate (department_code, item_code, issued_on);
