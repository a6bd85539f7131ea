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
    -- core-model SerialNumber.key(): the matching key; NULL when there is no legible serial
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
-- JSON of the whole row), with the provenance of what replaced it.
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
