-- PostgreSQL flavour. Output rows of the ingest job, keyed on their natural keys so that writes are idempotent upserts.
CREATE TABLE filings (
    filing_id              TEXT  PRIMARY KEY,
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
    source_file            TEXT NOT NULL,
    source_sha256          CHAR(64)     NOT NULL
);

CREATE TABLE events (
    filing_id  TEXT NOT NULL REFERENCES filings (filing_id),
    item_code  TEXT  NOT NULL,
    regime     TEXT NOT NULL,
    title      TEXT,
    reported   BOOLEAN     NOT NULL,
    text       TEXT,
    PRIMARY KEY (filing_id, item_code)
);

CREATE TABLE exhibits (
    filing_id      TEXT  NOT NULL REFERENCES filings (filing_id),
    exhibit_number TEXT NOT NULL,
    description    TEXT,
    PRIMARY KEY (filing_id, exhibit_number)
);

CREATE TABLE financings (
    filing_id        TEXT    NOT NULL REFERENCES filings (filing_id),
    seq              INTEGER        NOT NULL,
    instrument       TEXT    NOT NULL,
    instrument_text  TEXT,
    amount           NUMERIC(20, 2),
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

CREATE TABLE warnings (
    filing_id   TEXT   NOT NULL REFERENCES filings (filing_id),
    field       TEXT  NOT NULL,
    chosen_value TEXT,
    other_value TEXT,
    source      TEXT
);

CREATE INDEX warnings_filing ON warnings (filing_id);

CREATE TABLE rejects (
    source_file TEXT PRIMARY KEY,
    stage       TEXT   NOT NULL,
    reason_code TEXT  NOT NULL,
    message     TEXT
);
