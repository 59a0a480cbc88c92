-- The calendar years whose holiday arrangements the deadlines were last counted over: a year
-- added by a release is noticed at start-up, and only then are running deadlines counted again.
CREATE TABLE cal_year_loaded (
    calendar_year INT PRIMARY KEY
);
