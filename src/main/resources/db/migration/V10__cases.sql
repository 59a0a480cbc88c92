-- Cases (申请案件): one per application, with the statutory clock's current state.
CREATE TABLE apl_case (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference_no VARCHAR(32),
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    process_key VARCHAR(64) NOT NULL,
    applicant_username VARCHAR(64) NOT NULL,
    applicant_name VARCHAR(200) NOT NULL,
    status VARCHAR(32) NOT NULL,
    current_step VARCHAR(64),
    current_division VARCHAR(64),
    form_json TEXT,
    process_instance_id VARCHAR(64),
    submitted_at TIMESTAMP(6),
    received_on DATE,
    intake_deadline DATE,
    accepted_on DATE,
    clock_state VARCHAR(16) NOT NULL,
    deadline DATE,
    extended BOOLEAN NOT NULL,
    extension_reason VARCHAR(1000),
    suspended_days INT NOT NULL,
    correction_rounds INT NOT NULL,
    overdue BOOLEAN NOT NULL,
    reminded BOOLEAN NOT NULL,
    proposal VARCHAR(16),
    decision VARCHAR(16),
    decided_on DATE,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_apl_case_reference UNIQUE (reference_no)
);

CREATE INDEX ix_apl_case_applicant ON apl_case (applicant_username, created_at);
CREATE INDEX ix_apl_case_department ON apl_case (department_code, status);
CREATE INDEX ix_apl_case_process ON apl_case (process_instance_id);

-- The case history: every step, opinion, notice and clock change, in order.
CREATE TABLE apl_case_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    type VARCHAR(32) NOT NULL,
    step VARCHAR(64),
    outcome VARCHAR(32),
    detail TEXT,
    clock_date DATE,
    clock_days INT,
    CONSTRAINT fk_apl_case_event_case FOREIGN KEY (case_id) REFERENCES apl_case (id)
);

CREATE INDEX ix_apl_case_event_case ON apl_case_event (case_id, id);
CREATE INDEX ix_apl_case_event_actor ON apl_case_event (actor, type, occurred_at);

-- Licences issued on a grant decision (Art. 39), verifiable publicly by number.
CREATE TABLE lic_licence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    licence_no VARCHAR(64) NOT NULL,
    case_id BIGINT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    holder VARCHAR(200) NOT NULL,
    holder_credit_code VARCHAR(18),
    scope VARCHAR(2000) NOT NULL,
    issued_on DATE NOT NULL,
    valid_until DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    CONSTRAINT uk_lic_licence_no UNIQUE (licence_no),
    CONSTRAINT fk_lic_licence_case FOREIGN KEY (case_id) REFERENCES apl_case (id)
);

-- The staff inbox: one row per open Flowable user task, written in the engine's transaction, so
-- queues are served from indexed columns instead of Flowable's identity-link joins.
CREATE TABLE inbox_task (
    task_id VARCHAR(64) PRIMARY KEY,
    case_id BIGINT NOT NULL,
    reference_no VARCHAR(32),
    process_key VARCHAR(64) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    division_code VARCHAR(64),
    required_role VARCHAR(32),
    assignee VARCHAR(64),
    step VARCHAR(64) NOT NULL,
    step_name VARCHAR(200),
    applicant_name VARCHAR(200),
    created_at TIMESTAMP(6) NOT NULL,
    due_date DATE,
    overdue BOOLEAN NOT NULL
);

-- Each queue reads index ranges already in its order (InnoDB appends the primary key, task_id, the
-- tie-break): the group queue one range per required role the user has, counted from the index.
CREATE INDEX ix_inbox_group ON inbox_task (department_code, division_code, assignee, required_role, due_date);
CREATE INDEX ix_inbox_backlog ON inbox_task (department_code, division_code, due_date);
CREATE INDEX ix_inbox_assignee ON inbox_task (assignee, due_date);
CREATE INDEX ix_inbox_case ON inbox_task (case_id);
