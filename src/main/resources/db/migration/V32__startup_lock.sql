-- One row every node locks while it does its start-up work (reference data, process
-- deployment, demo accounts, calendar bookkeeping): nodes starting at the same moment take
-- turns instead of inserting the same rows twice.
CREATE TABLE app_startup_lock (
    name VARCHAR(32) PRIMARY KEY
);

INSERT INTO app_startup_lock (name) VALUES ('startup');
