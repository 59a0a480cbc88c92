-- Registration attempts per client address, shared by every node (a limit kept in one node's
-- memory would let N nodes take N times as many). Rows older than the window are deleted.
CREATE TABLE app_registration_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    address VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMP(6) NOT NULL
);

CREATE INDEX ix_registration_address ON app_registration_attempt (address, attempted_at);
CREATE INDEX ix_registration_time ON app_registration_attempt (attempted_at);
