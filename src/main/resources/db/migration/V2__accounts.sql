-- Accounts: applicants register themselves; staff belong to one department and one division.
CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    department_code VARCHAR(32),
    division_code VARCHAR(64),
    organisation_name VARCHAR(200),
    credit_code VARCHAR(18),
    contact_person VARCHAR(64),
    phone VARCHAR(32),
    email VARCHAR(200),
    enabled BOOLEAN NOT NULL,
    failed_logins INT NOT NULL,
    locked_until TIMESTAMP(6),
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE INDEX ix_app_user_division ON app_user (department_code, division_code);

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
