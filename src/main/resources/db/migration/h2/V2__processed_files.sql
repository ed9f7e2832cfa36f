-- H2 flavour. The registry of source files already processed, so that an incremental run skips a file whose
-- bytes have not changed since; keyed on the input (absolute path) and the file's name inside it.
CREATE TABLE processed_files (
    input_path       VARCHAR   NOT NULL,
    source_file      VARCHAR   NOT NULL,
    sha256           CHAR(64)  NOT NULL,
    outcome          VARCHAR   NOT NULL,
    job_execution_id BIGINT,
    processed_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (input_path, source_file)
);
