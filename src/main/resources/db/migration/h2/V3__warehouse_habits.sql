-- H2 flavour. Columns appended to the output contract (at the end of each table, as in the CSV files), for
-- the habits of warehouse users: an integer CIK (cik stays zero-padded text), the filing's EDGAR index page,
-- its reported items on the filing row, and a financing's maturity as printed (a year or month alone).
ALTER TABLE filings ADD COLUMN cik_int BIGINT;
ALTER TABLE filings ADD COLUMN source_url VARCHAR;
ALTER TABLE filings ADD COLUMN items VARCHAR;
ALTER TABLE financings ADD COLUMN maturity_text VARCHAR;

-- Rows written before: derived as the job now writes them (Filing.cikNumber, Filing.sourceUrl,
-- ExtractedFiling.reportedItems). maturity_text cannot be derived; a reprocessed file fills it in.
UPDATE filings SET cik_int = CAST(cik AS BIGINT) WHERE cik IS NOT NULL;
UPDATE filings SET source_url = 'https://www.sec.gov/Archives/edgar/data/' || CAST(CAST(cik AS BIGINT) AS VARCHAR) || '/'
        || REPLACE(accession_number, '-', '') || '/' || accession_number || '-index.htm'
    WHERE cik IS NOT NULL AND accession_number IS NOT NULL;
UPDATE filings f SET items = (SELECT LISTAGG(e.item_code, ';') WITHIN GROUP (ORDER BY CAST(e.item_code AS DECIMAL(5, 2)))
        FROM (SELECT DISTINCT filing_id, item_code FROM events WHERE reported) e WHERE e.filing_id = f.filing_id);

CREATE INDEX filings_cik_int ON filings (cik_int);
