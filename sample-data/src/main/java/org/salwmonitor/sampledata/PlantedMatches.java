package org.salwmonitor.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salwmonitor.sampledata.Catalogue.Model;

/**
 * The planted cross-border matches of the reference dataset and their look-alikes, and the
 * lost-or-stolen records some of them start from.
 *
 * <p>MATCH sets: one firearm recorded in two or three countries (or first as lost or stolen) under
 * differently written serials. NO_MATCH sets: different firearms whose records look alike — same serial
 * key on a different model, two digits transposed, or another letter prefix. Every record of both kinds
 * is listed in {@code planted-matches.csv}.
 */
final class PlantedMatches {

    static final List<String> MANIFEST_COLUMNS = List.of("SET_ID", "EXPECTED", "FILE", "RECORD_ID", "REF_AREA",
            "DATE", "MAKE", "MODEL", "SERIAL", "SERIAL_KEY", "NOTE", "SYNTHETIC");
    static final List<String> LOST_STOLEN_COLUMNS = List.of("RECORD_ID", "REF_AREA", "DATE_REPORTED", "KIND",
            "HOLDER", "WEAPON_TYPE", "MAKE", "MODEL", "CALIBRE", "SERIAL", "MANUFACTURE_COUNTRY", "SYNTHETIC");

    /**
     * One record of a planted firearm: either an item line forced into an event, or a lost-or-stolen record.
     */
    record Appearance(String set, String expectation, boolean lostStolen, String area, int year, LocalDate earliest,
            String eventType, boolean trafficking, String route, Model model, String make, String core, int style,
            int madeYear, String note) {
    }

    private final List<Appearance> appearances = new ArrayList<>();
    private final Rng rng;
    private int nextNumber;

    PlantedMatches(Rng rng) {
        this.rng = rng;
        plan();
    }

    List<Appearance> appearances() {
        return appearances;
    }

    /** Places every item appearance at a distinct event index below {@code events}. */
    Map<Integer, Appearance> byEventIndex(int events) {
        Map<Integer, Appearance> placed = new TreeMap<>();
        Rng r = rng.fork("placement");
        for (Appearance a : appearances) {
            if (a.lostStolen()) {
                continue;
            }
            int at = r.nextInt(events);
            while (placed.containsKey(at)) {
                at = (at + 1) % events;
            }
            placed.put(at, a);
        }
        return placed;
    }

    /** A fresh block of 100 planted numbers; 389 is coprime to 1000, so blocks never repeat. */
    private int nextBlock() {
        int k = nextNumber++;
        return ((k * 389 + 113) % 1000) * 100;
    }

    private String nextCore() {
        return Serials.plantedCore(rng.nextInt(121), nextBlock() + rng.nextInt(100));
    }

    /** Distinct written styles, so that no two records of a set spell the serial alike. */
    private int[] styles(int n) {
        int first = rng.nextInt(8);
        int step = 1 + rng.nextInt(3) * 2;
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = (first + i * step) % 8;
        }
        return s;
    }

    private int made(Model m) {
        return rng.between(m.madeFrom(), m.madeTo());
    }

    private void plan() {
        int set = 0;
        // A: Afghan-origin military rifles, trafficked through Tajikistan, seized again further north.
        for (int i = 0; i < 10; i++) {
            String id = setId(++set);
            Model m = Catalogue.named(rng.pick("AKM", "Type 56", "M16A2", "AK-74", "RPK"));
            String core = nextCore();
            int made = made(m);
            boolean three = rng.chance(0.5);
            int[] st = styles(3);
            int y1 = rng.between(2014, 2019);
            int y2 = rng.between(y1 + 1, y1 + 3);
            String second = rng.pick("KG", "UZ");
            add(id, "MATCH", false, "TJ", y1, null, "SEIZED", true, "AF|TJ", m, core, st[0], made,
                    "Afghan-origin rifle seized on the Tajik border");
            add(id, "MATCH", false, second, y2, null, "SEIZED", true, "AF|TJ|" + second, m, core, st[1], made,
                    "same rifle seized again after leaving custody");
            if (three) {
                add(id, "MATCH", false, "KZ", rng.between(y2 + 1, 2024), null, "SEIZED", true,
                        "AF|TJ|" + second + "|KZ", m, core, st[2], made, "same rifle, third country");
            }
        }
        // B: civilian guns stolen from Kazakh shops in January 2022, seized later in neighbouring states.
        for (int i = 0; i < 10; i++) {
            String id = setId(++set);
            Model m = Catalogue.named(rng.pick("MP-153", "Saiga-12", "Saiga-MK", "Vepr", "IZh-27", "Escort"));
            String core = nextCore();
            int made = rng.between(Math.max(m.madeFrom(), 2005), Math.min(m.madeTo(), 2021));
            int[] st = styles(3);
            add(id, "MATCH", true, "KZ", 2022, LocalDate.of(2022, 1, 5 + rng.nextInt(3)), null, false, null, m, core,
                    st[0], made, "stolen from a gun shop, January 2022");
            String second = rng.pick("KG", "KG", "UZ");
            int y2 = rng.between(2022, 2023);
            add(id, "MATCH", false, second, y2, LocalDate.of(y2, 2, 1), "SEIZED", true, "KZ|" + second, m, core,
                    st[1], made, "stolen gun seized across the border");
            if (rng.chance(0.4)) {
                String third = "KG".equals(second) ? "TJ" : "TM";
                add(id, "MATCH", false, third, 2024, null, "SEIZED", false, null, m, core, st[2], made,
                        "same gun, third country");
            }
        }
        // C: arms lost by Kyrgyz security forces in 2010, found in Tajikistan, some later seized in Uzbekistan.
        for (int i = 0; i < 5; i++) {
            String id = setId(++set);
            Model m = Catalogue.named(rng.pick("AK-74", "AKS-74U", "PM"));
            String core = nextCore();
            int made = made(m);
            int[] st = styles(3);
            add(id, "MATCH", true, "KG", 2010, LocalDate.of(2010, 4, 7).plusDays(rng.nextInt(70)), null, false, null, m,
                    core, st[0], made, "lost from state stocks in the 2010 unrest");
            int y2 = rng.between(2014, 2018);
            add(id, "MATCH", false, "TJ", y2, null, "FOUND", false, null, m, core, st[1], made, "found in a cache");
            if (rng.chance(0.5)) {
                add(id, "MATCH", false, "UZ", rng.between(y2 + 1, 2024), null, "SEIZED", false, null, m, core, st[2],
                        made, "same weapon seized later");
            }
        }
        // D: handguns moving between Uzbekistan and Turkmenistan or Kazakhstan.
        for (int i = 0; i < 5; i++) {
            String id = setId(++set);
            Model m = Catalogue.named(rng.pick("PM", "TT-33", "Zoraki 914", "Glock 17"));
            String core = nextCore();
            int made = made(m);
            int[] st = styles(2);
            int y1 = rng.between(2014, 2021);
            add(id, "MATCH", false, "UZ", y1, null, "SEIZED", false, null, m, core, st[0], made, "handgun seized");
            add(id, "MATCH", false, rng.pick("TM", "KZ"), rng.between(y1 + 1, 2024), null, "SEIZED", false, null, m,
                    core, st[1], made, "same handgun seized in a neighbouring state");
        }
        // E: same serial key on different models: different firearms.
        for (int i = 0; i < 4; i++) {
            String id = setId(++set);
            String core = nextCore();
            Model a = Catalogue.named("PM");
            Model b = Catalogue.named("IZh-27");
            add(id, "NO_MATCH", false, "KZ", rng.between(2014, 2024), null, "SEIZED", false, null, a, core, 0,
                    made(a), "same serial key as the shotgun of this set, different make and model");
            add(id, "NO_MATCH", false, "UZ", rng.between(2014, 2024), null, "SEIZED", false, null, b, core, 1,
                    made(b), "same serial key as the pistol of this set, different make and model");
        }
        // F: same model, two digits transposed.
        for (int i = 0; i < 4; i++) {
            String id = setId(++set);
            int letters = rng.nextInt(121);
            int number = nextBlock();
            int a = rng.nextInt(10);
            int b = (a + 1 + rng.nextInt(9)) % 10;
            Model m = Catalogue.named("AKM");
            add(id, "NO_MATCH", false, "TJ", rng.between(2014, 2024), null, "SEIZED", false, null, m,
                    Serials.plantedCore(letters, number + 10 * a + b), 0, made(m),
                    "the other record of this set has the last two digits swapped");
            add(id, "NO_MATCH", false, "KG", rng.between(2014, 2024), null, "SEIZED", false, null, m,
                    Serials.plantedCore(letters, number + 10 * b + a), 0, made(m),
                    "last two digits swapped: a transposition, not the same rifle");
        }
        // G: same model and digits, another letter prefix.
        for (int i = 0; i < 4; i++) {
            String id = setId(++set);
            int letters = rng.nextInt(120);
            int number = nextBlock() + rng.nextInt(100);
            Model m = Catalogue.named("IZh-27");
            add(id, "NO_MATCH", false, "KZ", rng.between(2014, 2024), null, "SEIZED", false, null, m,
                    Serials.plantedCore(letters, number), 0, made(m), "prefix letters differ from the other record");
            add(id, "NO_MATCH", false, "KG", rng.between(2014, 2024), null, "SEIZED", false, null, m,
                    Serials.plantedCore(letters + 1, number), 0, made(m), "prefix letters differ: prefixes are significant");
        }
    }

    private static String setId(int n) {
        return CaseGenerator.fixed("SET", 3, n);
    }

    private void add(String set, String expectation, boolean lostStolen, String area, int year, LocalDate earliest,
            String eventType, boolean trafficking, String route, Model model, String core, int style, int made,
            String note) {
        String make = rng.pick(model.makes());
        appearances.add(new Appearance(set, expectation, lostStolen, area, year, earliest, eventType, trafficking,
                route, model, make, core, style, made, note));
    }

    /**
     * Writes the lost-or-stolen records: the planted ones plus background records (Kazakh shop thefts of
     * January 2022, Kyrgyz losses of 2010, scattered private thefts), sorted by date, and returns the
     * manifest rows of the planted ones. Background serials take firearm numbers from 0 up; returns how
     * many were used in {@code used[0]}.
     */
    List<String[]> writeLostStolen(Csv out, long serialOffset, long[] used) {
        record Row(LocalDate date, String area, String kind, String holder, Model model, String make, String serial,
                String country, Appearance planted) {
        }
        Rng r = rng.fork("lost-stolen");
        List<Row> rows = new ArrayList<>();
        for (Appearance a : appearances) {
            if (a.lostStolen()) {
                rows.add(new Row(a.earliest(), a.area(), "KZ".equals(a.area()) ? "STOLEN" : "LOST",
                        "KZ".equals(a.area()) ? "GUN_SHOP" : "STATE_STOCK", a.model(), a.make(),
                        Serials.written(a.core(), a.style()), a.model().countryIn(a.madeYear()), a));
            }
        }
        long n = 0;
        String[] shop = {"MP-153", "Saiga-12", "Saiga-MK", "Vepr", "IZh-27", "IZh-43", "Escort", "TOZ-34", "MP-79-9TM"};
        String[] army = {"AK-74", "AKS-74U", "PM", "RPK", "SKS", "GP-25"};
        for (int i = 0; i < 140; i++) {
            int kind = i < 90 ? 0 : i < 125 ? 1 : 2;
            Model m = Catalogue.named(kind == 0 ? r.pick(shop) : kind == 1 ? r.pick(army)
                    : r.pick("IZh-27", "TOZ-34", "PM", "MP-153", "TOZ-8M"));
            LocalDate date = kind == 0 ? LocalDate.of(2022, 1, 5 + r.nextInt(3))
                    : kind == 1 ? LocalDate.of(2010, 4, 7).plusDays(r.nextInt(70))
                    : LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4018));
            String area = kind == 0 ? "KZ" : kind == 1 ? "KG" : r.pick("KZ", "KG", "TJ", "TM", "UZ");
            int made = r.between(m.madeFrom(), Math.min(m.madeTo(), date.getYear()));
            String core = Serials.randomCore(n++, serialOffset);
            rows.add(new Row(date, area, kind == 1 ? "LOST" : "STOLEN",
                    kind == 0 ? r.pick("GUN_SHOP", "GUN_SHOP", "STATE_STOCK") : kind == 1 ? "STATE_STOCK" : "PRIVATE_OWNER",
                    m, r.pick(m.makes()), Serials.written(core, r.nextInt(8)), m.countryIn(made), null));
        }
        used[0] = n;
        rows.sort(Comparator.comparing(Row::date).thenComparing(Row::area).thenComparing(Row::serial));
        out.row(LOST_STOLEN_COLUMNS.toArray());
        List<String[]> manifest = new ArrayList<>();
        int i = 0;
        for (Row row : rows) {
            String id = CaseGenerator.fixed("LS", 6, ++i);
            out.row(id, row.area(), row.date(), row.kind(), row.holder(), row.model().weaponType(), row.make(),
                    row.model().model(), row.model().calibres().get(0), row.serial(), row.country(), "true");
            if (row.planted() != null) {
                Appearance a = row.planted();
                manifest.add(new String[] {a.set(), a.expectation(), "lost-stolen", id, row.area(),
                    row.date().toString(), row.make(), row.model().model(), row.serial(), Serials.key(row.serial()),
                    a.note()});
            }
        }
        return manifest;
    }
}
