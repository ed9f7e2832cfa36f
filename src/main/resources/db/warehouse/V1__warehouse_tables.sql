-- Warehouse tables (PostgreSQL), filled by `edgar-etl load` from the CSV files of completed ingest runs.
-- They live in their own schema (Flyway's default schema for this location, `warehouse`) with their own
-- history table, so the warehouse can share a database with an ingest store without clashing.
-- Natural keys are the primary keys the loader merges on; child rows belong to a filing.

CREATE TABLE filings (
    filing_id              TEXT        PRIMARY KEY,
    accession_number       TEXT,
    cik                    TEXT,
    company_name           TEXT,
    form_type              TEXT,
    filed_date             DATE,
    report_date            DATE,
    state_of_incorporation TEXT,
    commission_file_number TEXT,
    irs_employer_id        TEXT,
    business_address       TEXT,
    business_phone         TEXT,
    signer_name            TEXT,
    signer_title           TEXT,
    signed_date            DATE,
    source_file            TEXT        NOT NULL,
    source_sha256          CHAR(64)    NOT NULL
);

CREATE INDEX filings_cik ON filings (cik);
CREATE INDEX filings_filed_date ON filings (filed_date);

CREATE TABLE events (
    filing_id  TEXT    NOT NULL REFERENCES filings (filing_id) ON DELETE CASCADE,
    item_code  TEXT    NOT NULL,
    regime     TEXT    NOT NULL,
    title      TEXT,
    reported   BOOLEAN NOT NULL,
    text       TEXT,
    PRIMARY KEY (filing_id, item_code)
);

CREATE TABLE exhibits (
    filing_id      TEXT NOT NULL REFERENCES filings (filing_id) ON DELETE CASCADE,
    exhibit_number TEXT NOT NULL,
    description    TEXT,
    PRIMARY KEY (filing_id, exhibit_number)
);

CREATE TABLE financings (
    filing_id        TEXT           NOT NULL REFERENCES filings (filing_id) ON DELETE CASCADE,
    seq              INTEGER        NOT NULL CHECK (seq >= 1),
    instrument       TEXT           NOT NULL,
    instrument_text  TEXT,
    amount           NUMERIC(20, 2) CHECK (amount > 0),
    currency         TEXT,
    exemption        TEXT,
    investors        TEXT,
    announced_date   DATE,
    closing_date     DATE,
    interest_rate    NUMERIC(9, 4),
    maturity_date    DATE,
    conversion_start DATE,
    conversion_end   DATE,
    pricing_terms    TEXT,
    evidence         TEXT           NOT NULL,
    PRIMARY KEY (filing_id, seq)
);

CREATE INDEX financings_instrument ON financings (instrument);

-- A warning has no key of its own: the whole row is its identity (repeats carry nothing new).
CREATE TABLE warnings (
    filing_id    TEXT NOT NULL REFERENCES filings (filing_id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    chosen_value TEXT,
    other_value  TEXT,
    source       TEXT,
    CONSTRAINT warnings_row UNIQUE NULLS NOT DISTINCT (filing_id, field, chosen_value, other_value, source)
);

CREATE TABLE rejects (
    source_file TEXT PRIMARY KEY,
    stage       TEXT NOT NULL,
    reason_code TEXT NOT NULL,
    message     TEXT
);

-- One row per loaded run (by its manifest's sha256): loading the same run again adds nothing.
CREATE TABLE load_history (
    manifest_sha256  CHAR(64)    PRIMARY KEY,
    job_execution_id BIGINT      NOT NULL,
    tool_version     TEXT,
    schema_version   TEXT,
    run_output       TEXT,
    rows_staged      BIGINT      NOT NULL,
    loaded_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
