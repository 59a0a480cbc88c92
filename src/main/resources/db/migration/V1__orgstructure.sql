-- Org structure as reference data, loaded from reference/org/*.yml and reference/routing.yml.
CREATE TABLE org_department (
    code VARCHAR(32) PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    rank_name VARCHAR(32),
    rank_stated BOOLEAN NOT NULL,
    status_text VARCHAR(200),
    address VARCHAR(300),
    effective_date DATE,
    replaces TEXT,
    leaders_note VARCHAR(300),
    province VARCHAR(32) NOT NULL,
    abbreviation VARCHAR(8) NOT NULL,
    reference_prefix VARCHAR(8) NOT NULL,
    document_prefix VARCHAR(16) NOT NULL
);

CREATE TABLE org_division (
    code VARCHAR(64) PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    ordinal INT NOT NULL,
    label VARCHAR(16),
    name VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    remit TEXT NOT NULL,
    note VARCHAR(300),
    CONSTRAINT fk_org_division_department FOREIGN KEY (department_code) REFERENCES org_department (code)
);

CREATE INDEX ix_org_division_department ON org_division (department_code, ordinal);

-- Ordered texts of a department: duties (DUTY), affiliated units, honours, leaders, other matters.
CREATE TABLE org_text (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    ordinal INT NOT NULL,
    label VARCHAR(32),
    body TEXT NOT NULL,
    flag BOOLEAN NOT NULL,
    extra VARCHAR(200),
    CONSTRAINT fk_org_text_department FOREIGN KEY (department_code) REFERENCES org_department (code)
);

CREATE INDEX ix_org_text_department ON org_text (department_code, kind, ordinal);

CREATE TABLE org_routing (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    step_role VARCHAR(32) NOT NULL,
    division_code VARCHAR(64) NOT NULL,
    reason TEXT NOT NULL,
    source VARCHAR(16) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_org_routing UNIQUE (department_code, item_code, step_role),
    CONSTRAINT fk_org_routing_division FOREIGN KEY (division_code) REFERENCES org_division (code)
);

CREATE TABLE org_routing_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_code VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    step_role VARCHAR(32) NOT NULL,
    old_division VARCHAR(64),
    new_division VARCHAR(64) NOT NULL,
    reason TEXT NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL
);

CREATE INDEX ix_org_routing_change ON org_routing_change (department_code, changed_at);

-- Which version of each reference data file is loaded, so an unchanged file is skipped.
CREATE TABLE ref_data_file (
    name VARCHAR(100) PRIMARY KEY,
    sha256 VARCHAR(64) NOT NULL,
    loaded_at TIMESTAMP(6) NOT NULL
);
