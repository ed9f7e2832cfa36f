-- H2 flavour. Where a filing's accession number and CIK were read: sec_header, ixbrl_dei, file_name, path,
-- index (see FieldSource); empty exactly when the value is. Appended to the filings columns.
ALTER TABLE filings ADD COLUMN accession_source VARCHAR;
ALTER TABLE filings ADD COLUMN cik_source VARCHAR;
