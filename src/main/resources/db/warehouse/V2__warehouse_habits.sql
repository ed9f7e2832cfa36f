-- Warehouse (PostgreSQL). Columns appended to the output contract (at the end of each table, as in the CSV files), for
-- the habits of warehouse users: an integer CIK (cik stays zero-padded text), the filing's EDGAR index page,
-- its reported items on the filing row, and a financing's maturity as printed (a year or month alone).
ALTER TABLE filings ADD COLUMN cik_int BIGINT;
ALTER TABLE filings ADD COLUMN source_url TEXT;
ALTER TABLE filings ADD COLUMN items TEXT;
ALTER TABLE financings ADD COLUMN maturity_text TEXT;

-- Rows loaded before: derived as the job now writes them (Filing.cikNumber, Filing.sourceUrl,
-- ExtractedFiling.reportedItems), as the loader derives them for runs of earlier releases (WarehouseLoader).
-- maturity_text cannot be derived; loading a reprocessed run fills it in.
UPDATE filings SET cik_int = CAST(cik AS BIGINT) WHERE cik IS NOT NULL;
UPDATE filings SET source_url = 'https://www.sec.gov/Archives/edgar/data/' || CAST(CAST(cik AS BIGINT) AS TEXT) || '/'
        || REPLACE(accession_number, '-', '') || '/' || accession_number || '-index.htm'
    WHERE cik IS NOT NULL AND accession_number IS NOT NULL;
UPDATE filings f SET items = (SELECT string_agg(e.item_code, ';' ORDER BY CAST(e.item_code AS NUMERIC))
        FROM (SELECT DISTINCT filing_id, item_code FROM events WHERE reported) e WHERE e.filing_id = f.filing_id);

CREATE INDEX filings_cik_int ON filings (cik_int);
