-- H2 flavour. Output rows of the ingest job, keyed on their natural keys so that writes are idempotent upserts.
CREATE TABLE filings (
    filing_id              VARCHAR  PRIMARY KEY,
    accession_number       VARCHAR,
    cik                    VARCHAR,
    company_name           VARCHAR,
    form_type              VARCHAR,
    filed_date             DATE,
    report_date            DATE,
    state_of_incorporation VARCHAR,
    commission_file_number VARCHAR,
    irs_employer_id        VARCHAR,
    business_address       VARCHAR,
    business_phone         VARCHAR,
    signer_name            VARCHAR,
    signer_title           VARCHAR,
    signed_date            DATE,
    source_file            VARCHAR NOT NULL,
    source_sha256          CHAR(64)     NOT NULL
);

CREATE TABLE events (
    filing_id  VARCHAR NOT NULL REFERENCES filings (filing_id),
    item_code  VARCHAR  NOT NULL,
    regime     VARCHAR NOT NULL,
    title      VARCHAR,
    reported   BOOLEAN     NOT NULL,
    text       CLOB,
    PRIMARY KEY (filing_id, item_code)
);

CREATE TABLE exhibits (
    filing_id      VARCHAR  NOT NULL REFERENCES filings (filing_id),
    exhibit_number VARCHAR NOT NULL,
    description    CLOB,
    PRIMARY KEY (filing_id, exhibit_number)
);

CREATE TABLE financings (
    filing_id        VARCHAR    NOT NULL REFERENCES filings (filing_id),
    seq              INTEGER        NOT NULL,
    instrument       VARCHAR    NOT NULL,
    instrument_text  VARCHAR,
    amount           NUMERIC(20, 2),
    currency         VARCHAR,
    exemption        VARCHAR,
    investors        VARCHAR,
    announced_date   DATE,
    closing_date     DATE,
    interest_rate    NUMERIC(9, 4),
    maturity_date    DATE,
    conversion_start DATE,
    conversion_end   DATE,
    pricing_terms    VARCHAR,
    evidence         CLOB           NOT NULL,
    PRIMARY KEY (filing_id, seq)
);

CREATE TABLE warnings (
    filing_id   VARCHAR   NOT NULL REFERENCES filings (filing_id),
    field       VARCHAR  NOT NULL,
    chosen_value VARCHAR,
    other_value VARCHAR,
    source      VARCHAR
);

CREATE INDEX warnings_filing ON warnings (filing_id);

CREATE TABLE rejects (
    source_file VARCHAR PRIMARY KEY,
    stage       VARCHAR   NOT NULL,
    reason_code VARCHAR  NOT NULL,
    message     CLOB
);
