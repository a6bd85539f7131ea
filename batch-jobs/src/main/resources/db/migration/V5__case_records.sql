-- Operational case records (docs/formats.md §6): seizure events, their item lines, tracing requests and
-- lost or stolen reports. Restricted data: never read by a public report. Identifiers are the source
-- systems' own (EVENT_ID, ITEM_ID, ...), unique per table; values are stored as written, with the
-- matching key of the serial beside the raw serial. Persons exist only as keyed-hash pseudonyms.

CREATE TABLE case_event (
    id               BIGSERIAL     PRIMARY KEY,
    event_id         VARCHAR(40)   NOT NULL,
    ref_area         CHAR(2)       NOT NULL,
    event_date       DATE          NOT NULL,
    event            VARCHAR(20)   NOT NULL,
    agency           VARCHAR(30)   NOT NULL,
    place            VARCHAR(200),
    legal_basis      VARCHAR(40),
    -- CONTEXT codes; empty = not established
    contexts         VARCHAR(30)[] NOT NULL DEFAULT '{}',
    -- countries in order, origin first, including ref_area; empty = not known
    route            CHAR(2)[]     NOT NULL DEFAULT '{}',
    case_stage       VARCHAR(20)   NOT NULL,
    synthetic        BOOLEAN       NOT NULL,
    source_file_id   BIGINT        NOT NULL REFERENCES source_file (id),
    source_line      INTEGER       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT case_event_uk UNIQUE (event_id)
);
CREATE INDEX case_event_area_date ON case_event (ref_area, event_date);

-- Persons linked to an event, as pseudonyms only: HMAC of the source identifier with a key from
-- configuration (never stored here). The same source identifier gives the same pseudonym in every file.
CREATE TABLE case_event_person (
    event_id         VARCHAR(40)   NOT NULL REFERENCES case_event (event_id) ON UPDATE CASCADE,
    pseudonym        VARCHAR(66)   NOT NULL,
    CONSTRAINT case_event_person_pk PRIMARY KEY (event_id, pseudonym)
);
CREATE INDEX case_event_person_pseudonym ON case_event_person (pseudonym);

CREATE TABLE case_item (
    id                  BIGSERIAL     PRIMARY KEY,
    item_id             VARCHAR(40)   NOT NULL,
    event_id            VARCHAR(40)   NOT NULL REFERENCES case_event (event_id),
    line                INTEGER       NOT NULL,
    item_class          VARCHAR(30)   NOT NULL,
    weapon_type         VARCHAR(40),
    part_kind           VARCHAR(30),
    make                VARCHAR(100),
    model               VARCHAR(100),
    calibre             VARCHAR(50),
    -- as written (Cyrillic, spaces, '№', lower case kept)
    serial              VARCHAR(100),
    -- core-model SerialNumber.key(): the matching key; NULL when there is no legible serial (empty, a
    -- placeholder such as 'б/н', or an obliterated serial holding '*' or '?' for illegible characters)
    serial_key          VARCHAR(100),
    serial_obliterated  BOOLEAN       NOT NULL,
    manufacture_country VARCHAR(4),
    manufacture_year    SMALLINT,
    national_category   VARCHAR(100),
    quantity            BIGINT        NOT NULL,
    unit_measure        VARCHAR(20)   NOT NULL,
    synthetic           BOOLEAN       NOT NULL,
    source_file_id      BIGINT        NOT NULL REFERENCES source_file (id),
    source_line         INTEGER       NOT NULL,
    job_execution_id    BIGINT        NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT case_item_uk UNIQUE (item_id),
    CONSTRAINT case_item_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX case_item_event ON case_item (event_id);
CREATE INDEX case_item_serial_key ON case_item (serial_key) WHERE serial_key IS NOT NULL;

CREATE TABLE tracing_request (
    id               BIGSERIAL     PRIMARY KEY,
    request_id       VARCHAR(40)   NOT NULL,
    item_id          VARCHAR(40)   NOT NULL REFERENCES case_item (item_id),
    requesting_state CHAR(2)       NOT NULL,
    requested_state  VARCHAR(4)    NOT NULL,
    channel          VARCHAR(30)   NOT NULL,
    date_sent        DATE          NOT NULL,
    date_answered    DATE,
    outcome          VARCHAR(30)   NOT NULL,
    illicit_origin   VARCHAR(40),
    synthetic        BOOLEAN       NOT NULL,
    source_file_id   BIGINT        NOT NULL REFERENCES source_file (id),
    source_line      INTEGER       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT tracing_request_uk UNIQUE (request_id),
    CONSTRAINT tracing_request_date_order CHECK (date_answered IS NULL OR date_answered >= date_sent)
);
CREATE INDEX tracing_request_item ON tracing_request (item_id);

CREATE TABLE lost_stolen (
    id                  BIGSERIAL     PRIMARY KEY,
    record_id           VARCHAR(40)   NOT NULL,
    ref_area            CHAR(2)       NOT NULL,
    date_reported       DATE          NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    holder              VARCHAR(30)   NOT NULL,
    weapon_type         VARCHAR(40),
    make                VARCHAR(100),
    model               VARCHAR(100),
    calibre             VARCHAR(50),
    serial              VARCHAR(100),
    serial_key          VARCHAR(100),
    manufacture_country VARCHAR(4),
    synthetic           BOOLEAN       NOT NULL,
    source_file_id      BIGINT        NOT NULL REFERENCES source_file (id),
    source_line         INTEGER       NOT NULL,
    job_execution_id    BIGINT        NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT lost_stolen_uk UNIQUE (record_id)
);
CREATE INDEX lost_stolen_serial_key ON lost_stolen (serial_key) WHERE serial_key IS NOT NULL;

-- Revisions, not overwrites: a record replaced by a later import keeps its previous content here (as
-- JSON of the whole row; for an event also its persons' pseudonyms, under "persons"), with the
-- provenance of what replaced it. Written by the update triggers below.
CREATE TABLE case_record_revision (
    id                  BIGSERIAL     PRIMARY KEY,
    record_table        VARCHAR(30)   NOT NULL,
    record_id           VARCHAR(40)   NOT NULL,
    old_row             JSONB         NOT NULL,
    superseded_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    superseded_by_job   BIGINT        NOT NULL,
    superseded_by_file  BIGINT        NOT NULL REFERENCES source_file (id),
    superseded_by_line  INTEGER       NOT NULL,
    CONSTRAINT case_record_revision_table CHECK (record_table IN ('case_event', 'case_item', 'tracing_request', 'lost_stolen'))
);
CREATE INDEX case_record_revision_record ON case_record_revision (record_table, record_id);

-- Identifiers a running records import has seen but not written (unchanged rows, and every row of a dry run).
-- With the rows it did write (job_execution_id is one of the import's executions) they tell a later row
-- with the same identifier as a duplicate within the file (DUPLICATE_KEY), across chunks and restarts. A
-- dry run's rows also stand in for records not written, so that a dry run of items can check EVENT_ID
-- against the events of the same dry run, and tracing requests that ITEM_ID names a firearm. Rows stay
-- until the import (for a dry run: every file of the command) is done.
CREATE TABLE case_record_stage (
    job_instance_id  BIGINT        NOT NULL,
    record_id        VARCHAR(40)   NOT NULL,
    line             INTEGER       NOT NULL,
    -- items only: whether the item is a firearm (ITEM_UNKNOWN of a tracing request)
    firearm          BOOLEAN       NOT NULL DEFAULT false,
    CONSTRAINT case_record_stage_pk PRIMARY KEY (job_instance_id, record_id)
);

-- [jooq ignore start]
-- Scratch data need no crash safety of its own: a crash rolls the chunk back and the import resumes.
ALTER TABLE case_record_stage SET UNLOGGED;

-- Whatever updates a record keeps the content it replaces, with the provenance of the new one (the import
-- job, file and line that superseded it). The import updates a record only when its content changed, so
-- every revision is a real change. TG_ARGV[0] names the identifier column. An event's persons live in
-- case_event_person: the import updates the event row (before replacing the persons) whenever they change,
-- so the old pseudonyms are kept here too.
CREATE FUNCTION case_record_keep_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
BEGIN
    IF TG_TABLE_NAME = 'case_event' THEN
        old_row := old_row || jsonb_build_object('persons', (SELECT coalesce(jsonb_agg(p.pseudonym
            ORDER BY p.pseudonym), '[]'::jsonb) FROM case_event_person p WHERE p.event_id = OLD.event_id));
    END IF;
    INSERT INTO case_record_revision (record_table, record_id, old_row, superseded_by_job, superseded_by_file,
            superseded_by_line)
        VALUES (TG_TABLE_NAME, old_row ->> TG_ARGV[0], old_row, NEW.job_execution_id, NEW.source_file_id,
            NEW.source_line);
    RETURN NEW;
END
$$;

CREATE TRIGGER case_event_revision_on_update BEFORE UPDATE ON case_event FOR EACH ROW
    EXECUTE FUNCTION case_record_keep_revision('event_id');
CREATE TRIGGER case_item_revision_on_update BEFORE UPDATE ON case_item FOR EACH ROW
    EXECUTE FUNCTION case_record_keep_revision('item_id');
CREATE TRIGGER tracing_request_revision_on_update BEFORE UPDATE ON tracing_request FOR EACH ROW
    EXECUTE FUNCTION case_record_keep_revision('request_id');
CREATE TRIGGER lost_stolen_revision_on_update BEFORE UPDATE ON lost_stolen FOR EACH ROW
    EXECUTE FUNCTION case_record_keep_revision('record_id');
-- [jooq ignore stop]
