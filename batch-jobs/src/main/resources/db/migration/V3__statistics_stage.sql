-- Scratch table for one import: rows are COPYed here per chunk and merged set-based into observation.
-- Rows stay until the job instance completes, so duplicate keys are found across chunks and restarts.
CREATE TABLE observation_stage (
    job_instance_id  BIGINT        NOT NULL,
    line             INTEGER       NOT NULL,
    action           CHAR(1)       NOT NULL,
    ref_area         CHAR(2)       NOT NULL,
    time_period      VARCHAR(7)    NOT NULL,
    indicator        VARCHAR(40)   NOT NULL,
    event            VARCHAR(20)   NOT NULL,
    item_class       VARCHAR(30)   NOT NULL,
    weapon_type      VARCHAR(40)   NOT NULL,
    context          VARCHAR(30)   NOT NULL,
    unit_measure     VARCHAR(20)   NOT NULL,
    obs_value        BIGINT,
    obs_status       CHAR(1)       NOT NULL,
    conf_status      CHAR(1)       NOT NULL,
    source_agency    VARCHAR(200)  NOT NULL,
    source_ref       VARCHAR(500),
    synthetic        BOOLEAN       NOT NULL,
    comment          VARCHAR(1000),
    -- filled by the merge: the observation with the same key, and whether the values differ
    observation_id   BIGINT,
    differs          BOOLEAN,
    CONSTRAINT observation_stage_pk PRIMARY KEY (job_instance_id, line)
);
CREATE INDEX observation_stage_key ON observation_stage
    (job_instance_id, ref_area, time_period, indicator, event, item_class, weapon_type, context, unit_measure, line);

-- [jooq ignore start]
-- Scratch data need no crash safety of its own: a crash rolls the chunk back and the import resumes.
ALTER TABLE observation_stage SET UNLOGGED;
-- [jooq ignore stop]
