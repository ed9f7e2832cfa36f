-- PostgreSQL flavour. financings.offering_key: rows of one run that report the same offering share it (see
-- README, "Offerings"); rows written before this version have none until their files are processed again.
ALTER TABLE financings ADD COLUMN offering_key TEXT;

CREATE INDEX financings_offering_key ON financings (offering_key);
