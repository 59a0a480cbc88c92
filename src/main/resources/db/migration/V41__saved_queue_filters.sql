-- Each staff member's named workbench filters (item and step), chosen again in one click.
CREATE TABLE inbox_saved_filter (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    item_code VARCHAR(64),
    step VARCHAR(64),
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_inbox_saved_filter UNIQUE (username, name)
);
