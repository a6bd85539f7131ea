-- National statistics: current observations, their revisions, the files they came from, and rejects.

CREATE TABLE source_file (
    id                BIGSERIAL    PRIMARY KEY,
    file_name         VARCHAR(500) NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    format            VARCHAR(20)  NOT NULL,
    encoding          VARCHAR(20)  NOT NULL,
    first_imported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT source_file_uk UNIQUE (sha256, file_name)
);

CREATE TABLE observation (
    id               BIGSERIAL     PRIMARY KEY,
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
    source_file_id   BIGINT        NOT NULL REFERENCES source_file (id),
    source_line      INTEGER       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT observation_key UNIQUE (ref_area, time_period, indicator, event, item_class, weapon_type, context, unit_measure),
    CONSTRAINT observation_value_not_negative CHECK (obs_value IS NULL OR obs_value >= 0),
    CONSTRAINT observation_missing_has_missing_status CHECK ((obs_value IS NULL) = (obs_status IN ('L', 'M', 'O', 'Q')))
);

-- A value replaced or deleted by a later import is kept here with its provenance: revisions, not
-- overwrites. The key is copied (not referenced) so that a deleted observation keeps its history.
CREATE TABLE observation_revision (
    id                  BIGSERIAL     PRIMARY KEY,
    change              VARCHAR(10)   NOT NULL,
    ref_area            CHAR(2)       NOT NULL,
    time_period         VARCHAR(7)    NOT NULL,
    indicator           VARCHAR(40)   NOT NULL,
    event               VARCHAR(20)   NOT NULL,
    item_class          VARCHAR(30)   NOT NULL,
    weapon_type         VARCHAR(40)   NOT NULL,
    context             VARCHAR(30)   NOT NULL,
    unit_measure        VARCHAR(20)   NOT NULL,
    obs_value           BIGINT,
    obs_status          CHAR(1)       NOT NULL,
    conf_status         CHAR(1)       NOT NULL,
    source_agency       VARCHAR(200)  NOT NULL,
    source_ref          VARCHAR(500),
    synthetic           BOOLEAN       NOT NULL,
    comment             VARCHAR(1000),
    source_file_id      BIGINT        NOT NULL REFERENCES source_file (id),
    source_line         INTEGER       NOT NULL,
    job_execution_id    BIGINT        NOT NULL,
    superseded_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    superseded_by_job   BIGINT        NOT NULL,
    superseded_by_file  BIGINT        NOT NULL REFERENCES source_file (id),
    superseded_by_line  INTEGER       NOT NULL,
    CONSTRAINT observation_revision_change CHECK (change IN ('UPDATE', 'DELETE'))
);
CREATE INDEX observation_revision_key ON observation_revision
    (ref_area, time_period, indicator, event, item_class, weapon_type, context, unit_measure);

CREATE TABLE import_reject (
    id               BIGSERIAL     PRIMARY KEY,
    job_instance_id  BIGINT        NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    file_name        VARCHAR(500)  NOT NULL,
    line             INTEGER       NOT NULL,
    column_name      VARCHAR(100),
    value            VARCHAR(1000),
    rule             VARCHAR(100)  NOT NULL,
    message          VARCHAR(2000) NOT NULL,
    severity         VARCHAR(6)    NOT NULL DEFAULT 'REJECT',
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX import_reject_job ON import_reject (job_instance_id, line);

-- [jooq ignore start]
-- Revisions, not overwrites: whatever updates a current value, the value it replaces is kept, with the
-- provenance of the new one (the import job, file and line that superseded it). The WHEN clause makes
-- the trigger fire only for real changes, so an upsert that leaves a row as it was costs nothing here.
CREATE FUNCTION observation_keep_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO observation_revision (change, ref_area, time_period, indicator, event, item_class, weapon_type,
            context, unit_measure, obs_value, obs_status, conf_status, source_agency, source_ref, synthetic,
            comment, source_file_id, source_line, job_execution_id, superseded_by_job, superseded_by_file,
            superseded_by_line)
        VALUES ('UPDATE', OLD.ref_area, OLD.time_period, OLD.indicator, OLD.event, OLD.item_class,
            OLD.weapon_type, OLD.context, OLD.unit_measure, OLD.obs_value, OLD.obs_status, OLD.conf_status,
            OLD.source_agency, OLD.source_ref, OLD.synthetic, OLD.comment, OLD.source_file_id, OLD.source_line,
            OLD.job_execution_id, NEW.job_execution_id, NEW.source_file_id, NEW.source_line);
    RETURN NEW;
END
$$;

CREATE TRIGGER observation_revision_on_update BEFORE UPDATE ON observation FOR EACH ROW
    WHEN ((OLD.obs_value, OLD.obs_status, OLD.conf_status, OLD.source_agency, OLD.source_ref, OLD.synthetic,
           OLD.comment) IS DISTINCT FROM (NEW.obs_value, NEW.obs_status, NEW.conf_status, NEW.source_agency,
           NEW.source_ref, NEW.synthetic, NEW.comment))
    EXECUTE FUNCTION observation_keep_revision();
-- [jooq ignore stop]
