-- Keys a running statistics import has seen but not written into observation (rows that were unchanged,
-- deletes, and every row of a dry run). With the rows the import did write (observation.job_execution_id
-- is one of the import's executions) they tell a later row with the same key as a duplicate within the
-- file (DUPLICATE_KEY), across chunks and restarts. Rows stay until the job instance completes.
CREATE TABLE observation_stage (
    job_instance_id  BIGINT        NOT NULL,
    -- the eight codes of the key joined by '|' (codes never contain '|')
    series_key       VARCHAR(200)  NOT NULL,
    line             INTEGER       NOT NULL,
    CONSTRAINT observation_stage_pk PRIMARY KEY (job_instance_id, series_key)
);

-- [jooq ignore start]
-- Scratch data need no crash safety of its own: a crash rolls the chunk back and the import resumes.
ALTER TABLE observation_stage SET UNLOGGED;
-- [jooq ignore stop]
