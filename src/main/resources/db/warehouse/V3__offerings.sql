-- One row per offering. financings.offering_key is shared by the rows, across filings and runs, that report
-- the same offering (pricing then closing, announcement then completion); `load` links a run's rows to the
-- warehouse's rows of the same series (the key's first 16 characters) as it merges them. Rows loaded before
-- this version have no key, and no offering, until a run that has them is loaded again.
ALTER TABLE financings ADD COLUMN offering_key TEXT;

CREATE INDEX financings_offering_key ON financings (offering_key);
-- The series part: every row that could belong to an offering of the same security.
CREATE INDEX financings_offering_series ON financings (left(offering_key, 16));

-- Reports are ordered by the date their filing reported them (filed, else report date), as `load` orders
-- them: the first report names the issuer, the last one that states an amount gives the amount. A filing
-- announces what it reports, so first_announced is the earliest stated announcement or report date;
-- last_closing is only what a report states, and last_reported is when the offering was last reported.
CREATE VIEW offerings AS
WITH reports AS (
    SELECT n.offering_key, n.filing_id, n.seq, n.instrument, n.amount, n.currency, n.exemption, n.announced_date,
           n.closing_date, n.interest_rate, n.maturity_date, f.cik, f.company_name,
           COALESCE(f.filed_date, f.report_date) AS reported_on
    FROM financings n
    JOIN filings f USING (filing_id)
    WHERE n.offering_key IS NOT NULL
)
SELECT offering_key,
       (array_agg(cik ORDER BY reported_on, filing_id, seq))[1]                        AS cik,
       (array_agg(company_name ORDER BY reported_on, filing_id, seq))[1]               AS company_name,
       (array_agg(instrument ORDER BY reported_on, filing_id, seq))[1]                 AS instrument,
       (array_agg(amount ORDER BY reported_on DESC, filing_id DESC, seq DESC)
            FILTER (WHERE amount IS NOT NULL))[1]                                      AS amount,
       (array_agg(currency ORDER BY reported_on, filing_id, seq)
            FILTER (WHERE currency IS NOT NULL))[1]                                    AS currency,
       max(interest_rate)                                                              AS interest_rate,
       max(maturity_date)                                                              AS maturity_date,
       max(exemption)                                                                  AS exemption,
       LEAST(min(announced_date), min(reported_on))                                    AS first_announced,
       max(closing_date)                                                               AS last_closing,
       max(reported_on)                                                                AS last_reported,
       count(*)                                                                        AS reports,
       array_agg(filing_id ORDER BY reported_on, filing_id, seq)                       AS filings
FROM reports
GROUP BY offering_key;
