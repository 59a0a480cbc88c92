-- The public register of licences (Art. 40) is read per department, newest first.
CREATE INDEX ix_lic_register ON lic_licence (department_code, issued_on);
