-- Cross-border matching without scanning the records at match time (docs/matching.md). V6 found equal serial
-- keys by grouping every firearm record's key when matches were asked for; over millions of records that scan
-- dominated a run. Here the triggers of V6 also note, as records are stored, each key that a new or changed
-- record shares with another record, so a run reads the shared keys instead. The keys one digit apart are
-- found as before; the trigger function now stores the statement's keys and variants before looking them up,
-- by index only (a hash join over the variant table cost seconds per statement at millions of records).

-- Serial keys (of at least 4 characters) held by two or more firearm records, items or lost or stolen. Rows are
-- never deleted: a key no longer shared joins fewer records at match time, and nothing is missed.
CREATE TABLE match_shared_key (
    serial_key   VARCHAR(100)  NOT NULL,
    CONSTRAINT match_shared_key_pk PRIMARY KEY (serial_key)
);

-- [jooq ignore start]
COMMENT ON INDEX case_item_match_serial_key IS
    'firearm items by serial key: the triggers'' look-ups of shared keys, the rebuild, fetching candidates';

-- Notes the keys that new or changed firearm records share with others, registers their (model, serial key)
-- and finds their one-digit neighbours.
-- TG_ARGV[0] is 'items' (only FIREARM lines count) or 'lost_stolen'. The new keys and their variants are stored
-- first; then each new key and variant is looked up by index in the stored tables, which hold the new ones as
-- well, so new keys are compared with registered ones and with each other. A statement brings thousands of keys
-- against millions stored: index look-ups, never a scan of a stored table (hash and merge joins are off while
-- the function runs; the function's SET clauses are undone when it returns).
CREATE OR REPLACE FUNCTION match_register_serial_keys() RETURNS trigger LANGUAGE plpgsql
    SET enable_hashjoin = off SET enable_mergejoin = off AS $$
BEGIN
    -- scratch space for this statement's keys and variants, created once per session; emptied with DELETE
    -- rather than TRUNCATE, which would change the catalog on every statement
    IF to_regclass('pg_temp.match_new_key') IS NULL THEN
        CREATE TEMP TABLE match_new_key (model_key text, serial_key text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE match_new_variant (model_key text, serial_key text, position smallint, variant text,
            variant_hash bigint) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM match_new_key;
    DELETE FROM match_new_variant;
    IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE length(n.serial_key) >= 4) THEN
        RETURN NULL;
    END IF;
    -- Records stored by a concurrent transaction must be visible here, or a pair split between the two would
    -- never be found: the statements that store keys take turns (the lock is held until commit).
    PERFORM pg_advisory_xact_lock(hashtext('salw.match_serial_key'), 0);
    IF TG_ARGV[0] = 'items' THEN
        INSERT INTO match_shared_key (serial_key)
            SELECT DISTINCT n.serial_key FROM new_rows n
            WHERE n.item_class = 'FIREARM' AND length(n.serial_key) >= 4
              AND (EXISTS (SELECT 1 FROM case_item i WHERE i.serial_key = n.serial_key AND i.item_class = 'FIREARM'
                           AND i.id <> n.id)
                   OR EXISTS (SELECT 1 FROM lost_stolen l WHERE l.serial_key = n.serial_key))
            ON CONFLICT DO NOTHING;
        INSERT INTO match_new_key
            SELECT DISTINCT match_name_key(n.model), n.serial_key FROM new_rows n
            WHERE n.item_class = 'FIREARM' AND length(n.serial_key) >= 6;
    ELSE
        INSERT INTO match_shared_key (serial_key)
            SELECT DISTINCT n.serial_key FROM new_rows n
            WHERE length(n.serial_key) >= 4
              AND (EXISTS (SELECT 1 FROM case_item i WHERE i.serial_key = n.serial_key AND i.item_class = 'FIREARM')
                   OR EXISTS (SELECT 1 FROM lost_stolen l WHERE l.serial_key = n.serial_key AND l.id <> n.id))
            ON CONFLICT DO NOTHING;
        INSERT INTO match_new_key
            SELECT DISTINCT match_name_key(n.model), n.serial_key FROM new_rows n WHERE length(n.serial_key) >= 6;
    END IF;
    DELETE FROM match_new_key n WHERE n.model_key = ''
        OR EXISTS (SELECT 1 FROM match_serial_key k WHERE k.model_key = n.model_key AND k.serial_key = n.serial_key);
    INSERT INTO match_serial_key (model_key, serial_key) SELECT model_key, serial_key FROM match_new_key;
    INSERT INTO match_new_variant
        SELECT n.model_key, n.serial_key, p.position, overlay(n.serial_key PLACING '' FROM p.position FOR 1),
               hashtextextended(n.model_key || '|' || overlay(n.serial_key PLACING '' FROM p.position FOR 1), 0)
        FROM match_new_key n CROSS JOIN LATERAL generate_series(1, length(n.serial_key)) AS p(position)
        WHERE substr(n.serial_key, p.position, 1) BETWEEN '0' AND '9';
    INSERT INTO match_serial_variant (variant_hash, position, serial_key)
        SELECT variant_hash, position, serial_key FROM match_new_variant;
    INSERT INTO match_serial_near (model_key, serial_key_a, serial_key_b)
        SELECT DISTINCT model_key, least(a, b), greatest(a, b) FROM (
            -- one digit substituted: the same variant at the same position
            SELECT v.model_key, v.serial_key AS a, o.serial_key AS b
                FROM match_new_variant v JOIN match_serial_variant o
                    ON o.variant_hash = v.variant_hash AND o.position = v.position AND o.serial_key <> v.serial_key
            -- one digit more: a variant of the new key is a key of the same model
            UNION ALL
            SELECT v.model_key, v.serial_key, k.serial_key
                FROM match_new_variant v JOIN match_serial_key k
                    ON k.model_key = v.model_key AND k.serial_key = v.variant
            -- one digit less: the new key is a variant of a registered key
            UNION ALL
            SELECT n.model_key, n.serial_key, o.serial_key
                FROM match_new_key n JOIN match_serial_variant o
                    ON o.variant_hash = hashtextextended(n.model_key || '|' || n.serial_key, 0)) near
        WHERE match_one_digit_apart(a, b)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- Rebuilds match_shared_key and the three match_serial_* tables from the records, set-based: for a bulk load
-- made with the triggers disabled (much faster than statement by statement for millions of records), or to
-- check the triggers' work.
CREATE OR REPLACE FUNCTION match_rebuild_serial_index() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('salw.match_serial_key'), 0);
    TRUNCATE match_shared_key, match_serial_key, match_serial_variant, match_serial_near;
    INSERT INTO match_shared_key (serial_key)
        SELECT serial_key FROM (
            SELECT serial_key FROM case_item WHERE item_class = 'FIREARM' AND length(serial_key) >= 4
            UNION ALL
            SELECT serial_key FROM lost_stolen WHERE length(serial_key) >= 4) k
        GROUP BY serial_key HAVING count(*) > 1;
    -- an index built after the rows is much faster than one maintained row by row
    DROP INDEX match_serial_variant_hash;
    INSERT INTO match_serial_key (model_key, serial_key)
        SELECT DISTINCT model_key, serial_key FROM (
            SELECT match_name_key(model) AS model_key, serial_key FROM case_item
                WHERE item_class = 'FIREARM' AND length(serial_key) >= 6
            UNION ALL
            SELECT match_name_key(model), serial_key FROM lost_stolen WHERE length(serial_key) >= 6) k
        WHERE model_key <> '';
    CREATE TEMP TABLE match_rebuild_variant ON COMMIT DROP AS
        SELECT k.model_key, k.serial_key, p.position::smallint AS position,
               hashtextextended(k.model_key || '|' || overlay(k.serial_key PLACING '' FROM p.position FOR 1), 0)
                   AS variant_hash
        FROM match_serial_key k CROSS JOIN LATERAL generate_series(1, length(k.serial_key)) AS p(position)
        WHERE substr(k.serial_key, p.position, 1) BETWEEN '0' AND '9';
    INSERT INTO match_serial_variant (variant_hash, position, serial_key)
        SELECT variant_hash, position, serial_key FROM match_rebuild_variant;
    CREATE INDEX match_serial_variant_hash ON match_serial_variant (variant_hash);
    INSERT INTO match_serial_near (model_key, serial_key_a, serial_key_b)
        SELECT DISTINCT model_key, least(a, b), greatest(a, b) FROM (
            -- one digit substituted
            SELECT v.model_key, v.serial_key AS a, w.serial_key AS b
                FROM match_rebuild_variant v JOIN match_rebuild_variant w
                    ON w.variant_hash = v.variant_hash AND w.position = v.position AND w.serial_key > v.serial_key
            UNION ALL
            -- one digit more or less: a variant of one key is the other key
            SELECT v.model_key, v.serial_key, k.serial_key
                FROM match_rebuild_variant v JOIN match_serial_key k
                    ON hashtextextended(k.model_key || '|' || k.serial_key, 0) = v.variant_hash
                    AND k.model_key = v.model_key) near
        WHERE match_one_digit_apart(a, b);
    ANALYZE match_shared_key, match_serial_key, match_serial_variant, match_serial_near;
END
$$;

-- The keys that records stored before this migration already share.
INSERT INTO match_shared_key (serial_key)
    SELECT serial_key FROM (
        SELECT serial_key FROM case_item WHERE item_class = 'FIREARM' AND length(serial_key) >= 4
        UNION ALL
        SELECT serial_key FROM lost_stolen WHERE length(serial_key) >= 4) k
    GROUP BY serial_key HAVING count(*) > 1;
-- [jooq ignore stop]
