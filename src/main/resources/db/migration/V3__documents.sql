-- Uploaded materials: metadata and content in one row, so a failed upload stores nothing.
CREATE TABLE doc_material (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_ref VARCHAR(64) NOT NULL,
    material_code VARCHAR(64) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    file_type VARCHAR(16) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    content LONGBLOB NOT NULL
);

CREATE INDEX ix_doc_material_case ON doc_material (case_ref, material_code);

-- Written notices (受理通知书, 补正材料通知书, 决定书 …) with their document numbers and full text.
CREATE TABLE doc_notice (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_no VARCHAR(64) NOT NULL,
    notice_type VARCHAR(32) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    case_ref VARCHAR(64) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    issued_at TIMESTAMP(6) NOT NULL,
    issued_by VARCHAR(64) NOT NULL,
    CONSTRAINT uk_doc_notice_no UNIQUE (notice_no)
);

CREATE INDEX ix_doc_notice_case ON doc_notice (case_ref, id);

-- One row per department, locked while one of its numbers is taken: numbering is serialised per
-- department in the caller's transaction, with no second connection and no gap locks on missing
-- counter rows.
CREATE TABLE doc_number_lock (
    department_code VARCHAR(32) PRIMARY KEY
);

-- Document number counters per department, notice type and year: numbers have no gaps (a rolled-back
-- notice gives its number back) and no duplicates.
CREATE TABLE doc_number_counter (
    department_code VARCHAR(32) NOT NULL,
    notice_type VARCHAR(32) NOT NULL,
    counter_year INT NOT NULL,
    last_value INT NOT NULL,
    CONSTRAINT pk_doc_number_counter PRIMARY KEY (department_code, notice_type, counter_year)
);
