-- Cross-border matching of firearm records (docs/matching.md). Restricted data: never read by a public report.
--
-- Both searches are done when records are stored, so that a match run reads a few thousand keys instead of
-- scanning millions of records: statement triggers on case_item and lost_stolen note every serial key that a
-- new or changed firearm record shares with another record (match_shared_key, by the serial_key indexes of
-- V5), and find keys one digit apart, which no index on the key can find: every
-- distinct (model, serial key) of a firearm record is registered once, with its deletion variants (the key
-- with one digit removed, hashed with the model); two keys of one model that share a variant at the same
-- position differ in that one digit, and a key that equals another's variant lacks one digit. Rows are never
-- deleted: a key no longer held by two records joins fewer records at match time, and nothing is missed.

-- Serial keys (of at least 4 characters) held by two or more firearm records, items or lost or stolen.
CREATE TABLE match_shared_key (
    serial_key   VARCHAR(100)  NOT NULL,
    CONSTRAINT match_shared_key_pk PRIMARY KEY (serial_key)
);

-- Distinct (model key, serial key) of firearm records whose key is long enough for a one-digit search.
CREATE TABLE match_serial_key (
    -- match_name_key(model): never empty here (one character apart needs the same model)
    model_key    VARCHAR(100)  NOT NULL,
    serial_key   VARCHAR(100)  NOT NULL,
    CONSTRAINT match_serial_key_pk PRIMARY KEY (model_key, serial_key)
);

-- The deletion variants of each registered key, at its digit positions only (letters are significant).
CREATE TABLE match_serial_variant (
    -- hashtextextended(model_key || '|' || key without the digit at position, 0)
    variant_hash BIGINT        NOT NULL,
    -- 1-based position of the removed digit
    position     SMALLINT      NOT NULL,
    serial_key   VARCHAR(100)  NOT NULL
);
CREATE INDEX match_serial_variant_hash ON match_serial_variant (variant_hash);

-- Registered keys of one model that are exactly one digit apart (a digit substituted, inserted or deleted).
CREATE TABLE match_serial_near (
    model_key    VARCHAR(100)  NOT NULL,
    serial_key_a VARCHAR(100)  NOT NULL,
    serial_key_b VARCHAR(100)  NOT NULL,
    CONSTRAINT match_serial_near_pk PRIMARY KEY (model_key, serial_key_a, serial_key_b)
);

-- Manufacturer aliases: a make as written, by its name key, to the manufacturer(s) it may designate. Spellings
-- that differ only in case, spaces, punctuation, diacritics or Cyrillic transliteration share a name key and
-- need no row; a make without a row is its own manufacturer. A name that fits more than one manufacturer (a
-- city such as Izhevsk) has a row for each. UNKNOWN marks placeholders, CRAFT home-made arms.
CREATE TABLE match_make_alias (
    make_key     VARCHAR(100)  NOT NULL,
    manufacturer VARCHAR(40)   NOT NULL,
    -- the alias as written in the seed
    alias        VARCHAR(100)  NOT NULL,
    source       VARCHAR(300)  NOT NULL,
    CONSTRAINT match_make_alias_pk PRIMARY KEY (make_key, manufacturer)
);

-- Firearm records with a serial key: the triggers' look-ups of shared keys, the rebuild, fetching candidates.
CREATE INDEX case_item_match_serial_key ON case_item (serial_key)
    WHERE item_class = 'FIREARM' AND serial_key IS NOT NULL;

-- [jooq ignore start]
-- The name key of a make or model: upper case, Cyrillic transliterated (BGN/PCGN 1947 for Russian, simplified:
-- й and ы to Y, ъ and ь dropped), common Latin diacritics removed, then only A-Z and 0-9 kept. So Ижмаш and
-- IZHMASH, ИЖ-27 and IZh-27, Česká zbrojovka and CESKA ZBROJOVKA have one key. Written with translate() and
-- replace() so that it does not depend on the database's locale.
CREATE FUNCTION match_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(
        translate(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(
                translate(name,
                    'абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz',
                    'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ'),
                'Ж', 'ZH'), 'Х', 'KH'), 'Ц', 'TS'), 'Ч', 'CH'), 'Щ', 'SHCH'), 'Ш', 'SH'), 'Ю', 'YU'), 'Я', 'YA'),
                'Ё', 'E'),
            'АБВГДЕЗИЙКЛМНОПРСТУФЫЭÀÁÂÃÄÅàáâãäåČčĆćÇçĎďÈÉÊËèéêëĚěÌÍÎÏìíîïİıŇňÑñÒÓÔÕÖòóôõöŘřŠšŞşŤťÙÚÛÜùúûüŮůÝýŽžĞğ',
            'ABVGDEZIYKLMNOPRSTUFYEAAAAAAAAAAAACCCCCCDDEEEEEEEEEEIIIIIIIIIINNNNOOOOOOOOOORRSSSSTTUUUUUUUUUUYYZZGG'),
        '[^A-Z0-9]', '', 'g')
$$;

-- Exactly one digit apart: the keys differ by one digit substituted, inserted or deleted; letters never differ
-- (prefix and suffix letters are significant). A transposition is two edits.
CREATE FUNCTION match_one_digit_apart(a text, b text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    longer text := CASE WHEN length(a) >= length(b) THEN a ELSE b END;
    shorter text := CASE WHEN length(a) >= length(b) THEN b ELSE a END;
    i int := 1;
BEGIN
    IF a = b OR length(longer) - length(shorter) > 1 THEN
        RETURN false;
    END IF;
    WHILE i <= length(shorter) AND substr(longer, i, 1) = substr(shorter, i, 1) LOOP
        i := i + 1;
    END LOOP;
    IF length(longer) = length(shorter) THEN
        RETURN substr(longer, i, 1) BETWEEN '0' AND '9' AND substr(shorter, i, 1) BETWEEN '0' AND '9'
            AND substr(longer, i + 1) = substr(shorter, i + 1);
    END IF;
    RETURN substr(longer, i, 1) BETWEEN '0' AND '9' AND substr(longer, i + 1) = substr(shorter, i);
END
$$;

-- Notes the keys that new or changed firearm records share with others, registers their (model, serial key)
-- and finds their one-digit neighbours.
-- TG_ARGV[0] is 'items' (only FIREARM lines count) or 'lost_stolen'. The new keys and their variants are stored
-- first; then each new key and variant is looked up by index in the stored tables, which hold the new ones as
-- well, so new keys are compared with registered ones and with each other. A statement brings thousands of keys
-- against millions stored: index look-ups, never a scan of a stored table (hash and merge joins are off while
-- the function runs; the function's SET clauses are undone when it returns).
CREATE FUNCTION match_register_serial_keys() RETURNS trigger LANGUAGE plpgsql
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
-- made with the triggers disabled (much faster than statement by statement for millions of records), or to check the triggers' work.
CREATE FUNCTION match_rebuild_serial_index() RETURNS void LANGUAGE plpgsql AS $$
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

-- The manufacturer aliases, each with where the fact comes from. "not verified" marks a project convention that
-- was not checked against a public source. Spellings that differ only in case, spacing, punctuation, diacritics
-- or transliteration (IZHMASH, Ижмаш; Калашников, Kalashnikov; Форт, Fort; Česká zbrojovka, Ceska zbrojovka) need
-- no row.
INSERT INTO match_make_alias (make_key, manufacturer, alias, source)
SELECT match_name_key(alias), manufacturer, alias, source FROM (VALUES
    ('Izhmash', 'IZHMASH', 'Izhevsk Machine-Building Plant, short name; renamed Kalashnikov Concern in August 2013 (Jane''s, "Izhmash formally renamed Kalashnikov", 12 August 2013)'),
    ('Izhevsk Machine-Building Plant', 'IZHMASH', 'the plant''s full name (same source)'),
    ('Kalashnikov Concern', 'IZHMASH', 'the name of Izhmash since August 2013 (Jane''s, 12 August 2013)'),
    ('Kalashnikov', 'IZHMASH', 'short form of Kalashnikov Concern (Jane''s, 12 August 2013)'),
    ('Izhevsk Mechanical Plant', 'IZHMEKH', 'Izhevsk Mechanical Plant (Izhmekh), maker of the Makarov pistol (Kalashnikov Museum, "Baikal. The past and the present", 2022)'),
    ('Izhmekh', 'IZHMEKH', 'short name of Izhevsk Mechanical Plant (same source)'),
    ('IMZ', 'IZHMEKH', 'initials of Izhevsky Mekhanichesky Zavod (same source)'),
    ('Baikal', 'IZHMEKH', 'brand of Izhevsk Mechanical Plant''s sporting and hunting arms (Kalashnikov Museum, "Baikal. The past and the present", 2022)'),
    ('Байкал', 'IZHMEKH', 'Baikal in Russian (same source)'),
    ('Izhevsk', 'IZHMASH', 'the city of both Izhmash and Izhmekh: either plant'),
    ('Izhevsk', 'IZHMEKH', 'the city of both Izhmash and Izhmekh: either plant'),
    ('IZh', 'IZHMASH', 'ИЖ, short for Izhevsk, prefixes the models of both Izhevsk plants: either plant'),
    ('IZh', 'IZHMEKH', 'ИЖ, short for Izhevsk, prefixes the models of both Izhevsk plants: either plant'),
    ('Tula Arms Plant', 'TULA_ARMS_PLANT', 'Tula Arms Plant, Tulsky Oruzheiny Zavod (Wikipedia, "Tula Arms Plant")'),
    ('TOZ', 'TULA_ARMS_PLANT', 'initials of Tulsky Oruzheiny Zavod (Wikipedia, "Tula Arms Plant")'),
    ('Тульский оружейный завод', 'TULA_ARMS_PLANT', 'Tula Arms Plant in Russian (same source)'),
    ('Tula', 'TULA_ARMS_PLANT', 'the city of Tula Arms Plant; the only Tula maker listed here (not verified as unambiguous)'),
    ('Molot', 'MOLOT', 'Vyatskiye Polyany Machine-Building Plant "Molot", VPMZ Molot (molot.biz, "Molot history")'),
    ('Vyatskiye Polyany', 'MOLOT', 'the town of VPMZ Molot (molot.biz, "Molot history")'),
    ('VPMZ', 'MOLOT', 'initials of Vyatsko-Polyansky Mashinostroitelny Zavod (molot.biz, "Molot history")'),
    ('VPO', 'MOLOT', 'prefix of Molot''s civilian model designations (not verified)'),
    ('Degtyarev Plant', 'DEGTYAREV_PLANT', 'V. A. Degtyarev Plant, Kovrov (GlobalSecurity.org, "V.A. Degtyarev Plant")'),
    ('Degtyaryov Plant', 'DEGTYAREV_PLANT', 'another transliteration of Degtyarev (same source)'),
    ('ZiD', 'DEGTYAREV_PLANT', 'Zavod imeni Degtyaryova, the plant''s initials (same source)'),
    ('Kovrov', 'DEGTYAREV_PLANT', 'the city of the Degtyarev plant; the only Kovrov maker listed here (not verified as unambiguous)'),
    ('Glock GmbH', 'GLOCK', 'Glock''s company form, Glock Ges.m.b.H. (not verified)'),
    ('CZ', 'CESKA_ZBROJOVKA', 'initials of Česká zbrojovka (not verified)'),
    ('Česká zbrojovka', 'CESKA_ZBROJOVKA', 'Česká zbrojovka Uherský Brod (not verified)'),
    ('Zoraki', 'ATAK_ARMS', 'brand of the Turkish maker Atak Arms (not verified)'),
    ('Atak Arms', 'ATAK_ARMS', 'the maker of Zoraki pistols (not verified)'),
    ('home-made', 'CRAFT', 'craft-produced: not a manufacturer'),
    ('самодельное', 'CRAFT', 'home-made in Russian: not a manufacturer'),
    ('кустарное', 'CRAFT', 'artisanal in Russian: not a manufacturer'),
    ('unknown', 'UNKNOWN', 'placeholder: no make recorded'),
    ('неизвестно', 'UNKNOWN', 'unknown in Russian: no make recorded'),
    ('n/a', 'UNKNOWN', 'placeholder: no make recorded')
) AS seed (alias, manufacturer, source);

CREATE TRIGGER case_item_match_on_insert AFTER INSERT ON case_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION match_register_serial_keys('items');
CREATE TRIGGER case_item_match_on_update AFTER UPDATE ON case_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION match_register_serial_keys('items');
CREATE TRIGGER lost_stolen_match_on_insert AFTER INSERT ON lost_stolen REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION match_register_serial_keys('lost_stolen');
CREATE TRIGGER lost_stolen_match_on_update AFTER UPDATE ON lost_stolen REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION match_register_serial_keys('lost_stolen');
-- [jooq ignore stop]
