-- Synthetic case records for bench/matching-benchmark.sh, generated inside PostgreSQL (SYNTHETIC data).
-- Creates schema bench with the generator functions; bench.load_items(first, last) and bench.load_lost_stolen(n)
-- insert into the real tables (case_event, case_item, lost_stolen), so the matching triggers run as on import.
\set ON_ERROR_STOP 1
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- 24 models with the spellings of make and calibre clerks use (cf. sample-data Catalogue)
CREATE TABLE bench.model (n int PRIMARY KEY, weapon_type text, model text, makes text[], calibres text[]);
INSERT INTO bench.model VALUES
 (0, 'ASSAULT_RIFLE', 'AKM', '{Izhmash,Ижмаш,Izhevsk}', '{7.62x39,"7,62х39"}'),
 (1, 'ASSAULT_RIFLE', 'AK-74', '{Izhmash,Tula}', '{5.45x39,"5,45х39"}'),
 (2, 'ASSAULT_RIFLE', 'AKS-74U', '{Tula,Izhmash}', '{5.45x39,"5,45х39"}'),
 (3, 'ASSAULT_RIFLE', 'Type 56', '{Norinco,NORINCO}', '{7.62x39,7.62 mm}'),
 (4, 'ASSAULT_RIFLE', 'M16A2', '{Colt,COLT}', '{5.56x45,5.56 NATO}'),
 (5, 'LIGHT_MACHINE_GUN', 'RPK', '{Molot,Vyatskiye Polyany}', '{7.62x39,"7,62х39"}'),
 (6, 'PISTOL_OR_REVOLVER', 'PM', '{Izhevsk Mechanical Plant,IZHMEKH,Ижмех,Baikal}', '{9x18,9х18,9 mm Makarov}'),
 (7, 'PISTOL_OR_REVOLVER', 'TT-33', '{Tula Arms Plant,TOZ,Тульский оружейный завод}', '{7.62x25,"7,62х25",7.62 Tokarev}'),
 (8, 'PISTOL_OR_REVOLVER', 'Glock 17', '{Glock,GLOCK,Glock GmbH}', '{9x19,9mm Para}'),
 (9, 'PISTOL_OR_REVOLVER', 'CZ 75 B', '{Ceska zbrojovka,CZ,Česká zbrojovka}', '{9x19,9mm Luger}'),
 (10, 'PISTOL_OR_REVOLVER', 'Fort-12', '{Fort,FORT,Форт}', '{9x18,9х18}'),
 (11, 'RIFLE_OR_CARBINE', 'Mosin M91/30', '{Izhevsk,Izhmash,Ижмаш}', '{7.62x54R,"7,62х54R"}'),
 (12, 'RIFLE_OR_CARBINE', 'SKS', '{Tula Arms Plant,TOZ}', '{7.62x39,"7,62х39"}'),
 (13, 'RIFLE_OR_CARBINE', 'Saiga-MK', '{Izhmash,Kalashnikov Concern,Калашников}', '{7.62x39,"7,62х39"}'),
 (14, 'RIFLE_OR_CARBINE', 'Vepr', '{Molot,VPO,Молот}', '{7.62x39}'),
 (15, 'SHOTGUN', 'IZh-27', '{Baikal,BAIKAL,Байкал,Izhevsk Mechanical Plant}', '{12 ga,12/70,12 кал.}'),
 (16, 'SHOTGUN', 'MP-153', '{Baikal,Байкал}', '{12/76,12 ga}'),
 (17, 'SHOTGUN', 'IZh-43', '{Baikal,IZh}', '{12 ga}'),
 (18, 'SHOTGUN', 'TOZ-34', '{TOZ,Tula}', '{12 ga}'),
 (19, 'SHOTGUN', 'Saiga-12', '{Izhmash,Kalashnikov}', '{12/76,12 кал.}'),
 (20, 'SHOTGUN', 'Escort', '{Hatsan,HATSAN}', '{12 ga,12/76}'),
 (21, 'OTHER', 'Zoraki 914', '{Zoraki,ATAK ARMS}', '{9 mm P.A.K.,9mm PA}'),
 (22, 'SUB_MACHINE_GUN', 'PPSh-41', '{Degtyaryov Plant,ZiD}', '{7.62x25,"7,62х25"}'),
 (23, 'LIGHT_MACHINE_GUN', 'PKM', '{Kovrov,ZiD}', '{7.62x54R}');

-- a deterministic pseudo-random number 0..999999 for (n, salt)
CREATE FUNCTION bench.h(n bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (abs(hashint8(n * 8 + salt)) % 1000000)::int
$$;

-- the serial core of firearm n: two letters of ABCEHKMOPTX and six digits; a bijection of n onto the
-- 121 x 900,000 cores (7^9 is coprime to 121 x 900,000), so distinct firearms never share a core by chance
CREATE FUNCTION bench.core(n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT substr('ABCEHKMOPTX', ((n * 40353607 + 12345) % 108900000 / 9900000)::int + 1, 1)
           || substr('ABCEHKMOPTX', ((n * 40353607 + 12345) % 108900000 / 900000 % 11)::int + 1, 1)
           || lpad(((n * 40353607 + 12345) % 900000)::text, 6, '0')
$$;

-- a core as a clerk writes it (cf. sample-data Serials.written)
CREATE FUNCTION bench.written(core text, style int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE style
        WHEN 0 THEN left(core, 2) || ' ' || substr(core, 3)
        WHEN 1 THEN core
        WHEN 2 THEN left(core, 2) || '-' || substr(core, 3)
        WHEN 3 THEN lower(core)
        WHEN 4 THEN translate(left(core, 2), 'ABCEHKMOPTX', 'АВСЕНКМОРТХ') || ' ' || substr(core, 3)
        WHEN 5 THEN '№ ' || core
        WHEN 6 THEN replace(left(core, 2), 'O', '0') || ' ' || substr(core, 3, 3) || ' ' || substr(core, 6)
        ELSE translate(left(core, 2), 'ABCEHKMOPTX', 'АВСЕНКМОРТХ') || '-' || substr(core, 3, 2) || '.' || substr(core, 5)
    END
$$;

-- the item numbers (or, for lost and stolen records, the numbers of the items copied) being loaded
CREATE TABLE bench.range (j bigint);

-- Item j: one firearm line. Every 100th item (j % 100 = 7) is the firearm of item j - 5 seen again (same core and
-- model, another spelling; its event is two or three events later, in another country four times in five);
-- every 1000th (j % 1000 = 13) has that core with its last digit changed and the same make, model and calibre
-- (a one-digit-apart look-alike).
CREATE VIEW bench.item_plan AS
SELECT j, src, model, makes[1 + bench.h(CASE WHEN near THEN src ELSE j END, 2) % cardinality(makes)] AS make,
       calibres[1 + bench.h(CASE WHEN near THEN src ELSE j END, 3) % cardinality(calibres)] AS calibre,
       weapon_type,
       CASE WHEN near THEN left(core, 7) || ((right(core, 1)::int + 1) % 10)::text ELSE core END AS core
FROM (SELECT j, src, near, bench.core(src) AS core, m.*
      FROM (SELECT j, CASE WHEN j > 5 AND (j % 100 = 7 OR j % 1000 = 13) THEN j - 5 ELSE j END AS src,
                   j > 5 AND j % 1000 = 13 AS near
            FROM bench.range) r
      JOIN bench.model m ON m.n = bench.h(r.src, 1) % 24) s;

-- events first, 2 per 5 items; then the items of events first..last
CREATE FUNCTION bench.load_items(first bigint, last bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first_event bigint := 1 + (first - 1) * 2 / 5;
    last_event bigint := 1 + (last - 1) * 2 / 5;
BEGIN
    INSERT INTO case_event (event_id, ref_area, event_date, event, agency, case_stage, synthetic, source_file_id,
            source_line, job_execution_id)
        SELECT 'BE' || lpad(i::text, 9, '0'), (ARRAY['KZ', 'KG', 'TJ', 'TM', 'UZ'])[1 + bench.h(i, 5) % 5],
               DATE '2014-01-01' + bench.h(i, 6) % 4018,
               (ARRAY['SEIZED', 'SEIZED', 'SEIZED', 'FOUND', 'SURRENDERED'])[1 + bench.h(i, 7) % 5],
               'POLICE', 'INVESTIGATION', true, 1, i, 0
        FROM generate_series(first_event, last_event) i
        ON CONFLICT (event_id) DO NOTHING;
    TRUNCATE bench.range;
    INSERT INTO bench.range SELECT generate_series(first, last);
    INSERT INTO case_item (item_id, event_id, line, item_class, weapon_type, make, model, calibre, serial, serial_key,
            serial_obliterated, quantity, unit_measure, synthetic, source_file_id, source_line, job_execution_id)
        SELECT 'BI' || lpad(j::text, 9, '0'), 'BE' || lpad((1 + (j - 1) * 2 / 5)::text, 9, '0'), 1, 'FIREARM',
               weapon_type, make, model, calibre, bench.written(core, bench.h(j, 4) % 8), replace(core, 'O', '0'),
               false, 1, 'WEAPONS', true, 1, j, 0
        FROM bench.item_plan;
END
$$;

-- n lost or stolen firearms: every 5th is an item's firearm (item 37 k), the others new firearms
CREATE FUNCTION bench.load_lost_stolen(n bigint, items bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE bench.range;
    INSERT INTO bench.range SELECT k * 37 FROM generate_series(1, n / 5) k WHERE k * 37 <= items;
    INSERT INTO lost_stolen (record_id, ref_area, date_reported, kind, holder, weapon_type, make, model, calibre,
            serial, serial_key, synthetic, source_file_id, source_line, job_execution_id)
        SELECT 'BL' || lpad(j::text, 9, '0'), (ARRAY['KZ', 'KG', 'TJ', 'TM', 'UZ'])[1 + bench.h(j, 8) % 5],
               DATE '2010-01-01' + bench.h(j, 9) % 5000, 'STOLEN', 'STATE_STOCK', weapon_type, make, model, calibre,
               bench.written(core, bench.h(j, 10) % 8), replace(core, 'O', '0'), true, 1, j, 0
        FROM bench.item_plan;
    INSERT INTO lost_stolen (record_id, ref_area, date_reported, kind, holder, weapon_type, make, model, calibre,
            serial, serial_key, synthetic, source_file_id, source_line, job_execution_id)
        SELECT 'BN' || lpad(k::text, 9, '0'), (ARRAY['KZ', 'KG', 'TJ', 'TM', 'UZ'])[1 + bench.h(k, 11) % 5],
               DATE '2010-01-01' + bench.h(k, 12) % 5000, 'LOST', 'GUN_SHOP', m.weapon_type,
               m.makes[1 + bench.h(k, 13) % cardinality(m.makes)], m.model,
               m.calibres[1 + bench.h(k, 14) % cardinality(m.calibres)],
               bench.written(bench.core(items + k), bench.h(k, 15) % 8), replace(bench.core(items + k), 'O', '0'),
               true, 1, k, 0
        FROM generate_series(1, n - n / 5) k JOIN bench.model m ON m.n = bench.h(k, 16) % 24;
END
$$;
