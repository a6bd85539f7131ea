-- States' acts on instruments and their report submissions (docs/formats.md §4 and §5).

CREATE TABLE participation_action (
    id               BIGSERIAL     PRIMARY KEY,
    state            CHAR(2)       NOT NULL,
    instrument       VARCHAR(40)   NOT NULL,
    action           VARCHAR(20)   NOT NULL,
    level            VARCHAR(20)   NOT NULL,
    action_date      DATE,
    source           VARCHAR(500)  NOT NULL,
    verified         BOOLEAN       NOT NULL,
    synthetic        BOOLEAN       NOT NULL,
    source_file_id   BIGINT        NOT NULL REFERENCES source_file (id),
    source_line      INTEGER       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT participation_action_key UNIQUE (state, instrument, action)
);

CREATE TABLE report_submission (
    id               BIGSERIAL     PRIMARY KEY,
    state            CHAR(2)       NOT NULL,
    obligation       VARCHAR(40)   NOT NULL,
    cycle            INTEGER       NOT NULL,
    date_received    DATE,
    publicity        VARCHAR(10)   NOT NULL,
    source           VARCHAR(500)  NOT NULL,
    synthetic        BOOLEAN       NOT NULL,
    source_file_id   BIGINT        NOT NULL REFERENCES source_file (id),
    source_line      INTEGER       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT report_submission_key UNIQUE (state, obligation, cycle)
);

-- Replaced legal records are kept, as for observations: revisions, not overwrites.
CREATE TABLE legal_revision (
    id                 BIGSERIAL     PRIMARY KEY,
    record_kind        VARCHAR(20)   NOT NULL,
    record_key         VARCHAR(200)  NOT NULL,
    old_values         VARCHAR(2000) NOT NULL,
    source_file_id     BIGINT        NOT NULL REFERENCES source_file (id),
    source_line        INTEGER       NOT NULL,
    superseded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    superseded_by_job  BIGINT        NOT NULL,
    superseded_by_file BIGINT        NOT NULL REFERENCES source_file (id),
    superseded_by_line INTEGER       NOT NULL
);
