-- Where a filing's accession number and CIK were read: sec_header, ixbrl_dei, file_name, path, index; NULL
-- exactly when the value is. (V4: the version reserved for this change across the project's migrations.)
ALTER TABLE filings ADD COLUMN accession_source TEXT;
ALTER TABLE filings ADD COLUMN cik_source TEXT;
