-- Particulars a licence states besides holder and scope, which a change (变更, Art. 49) can amend.
ALTER TABLE lic_licence ADD COLUMN facility_address VARCHAR(300);
ALTER TABLE lic_licence ADD COLUMN legal_representative VARCHAR(100);
