package org.salwmonitor.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.salwmonitor.sampledata.Catalogue.Model;

/**
 * Streams synthetic case records: seizure, find and surrender events, their item lines (one line per
 * firearm; ammunition and parts as quantities) and tracing requests. Only the current event is held in
 * memory; firearm serials are unique by construction ({@link Serials#randomCore}), except the planted
 * firearms of a {@link PlantedMatches} plan, which are forced into chosen events.
 */
final class CaseGenerator {

    static final List<String> EVENT_COLUMNS = List.of("EVENT_ID", "REF_AREA", "EVENT_DATE", "EVENT", "AGENCY",
            "PLACE", "LEGAL_BASIS", "CONTEXTS", "ROUTE", "PERSON_REFS", "CASE_STAGE", "SYNTHETIC");
    static final List<String> ITEM_COLUMNS = List.of("ITEM_ID", "EVENT_ID", "LINE", "ITEM_CLASS", "WEAPON_TYPE",
            "PART_KIND", "MAKE", "MODEL", "CALIBRE", "SERIAL", "SERIAL_OBLITERATED", "MANUFACTURE_COUNTRY",
            "MANUFACTURE_YEAR", "NATIONAL_CATEGORY", "QUANTITY", "UNIT_MEASURE", "SYNTHETIC");
    static final List<String> TRACING_COLUMNS = List.of("REQUEST_ID", "ITEM_ID", "REQUESTING_STATE",
            "REQUESTED_STATE", "CHANNEL", "DATE_SENT", "DATE_ANSWERED", "OUTCOME", "ILLICIT_ORIGIN", "SYNTHETIC");

    /** Records are as of this date: no answer after it; later answers are still pending. */
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private static final Map<String, List<String>> PLACES = Map.of(
            "KZ", List.of("Almaty", "Astana", "Shymkent", "Karaganda region", "Aktobe", "Turkistan region",
                    "г. Алматы", "Zhambyl region"),
            "KG", List.of("Bishkek", "Osh", "Jalal-Abad region", "Batken region", "г. Бишкек", "Chui region"),
            "TJ", List.of("Dushanbe", "Khatlon region, border", "GBAO, Khorog", "Sughd region",
                    "Shahritus district, border", "г. Душанбе"),
            "TM", List.of("Ashgabat", "Mary region", "Lebap region", "Dashoguz region"),
            "UZ", List.of("Tashkent", "Surkhandarya region, Termez", "Fergana region", "Samarkand", "г. Ташкент",
                    "Andijan region"));
    private static final Map<String, List<String>> ROUTES = Map.of(
            "KZ", List.of("KG|KZ", "UZ|KZ", "AF|TJ|KG|KZ", "AF|TJ|UZ|KZ", "RU|KZ", "CN|KZ", "TR|KZ", "KZ|KG"),
            "KG", List.of("KZ|KG", "AF|TJ|KG", "UZ|KG", "CN|KG", "KG|KZ", "AF|TJ|KG|KZ"),
            "TJ", List.of("AF|TJ", "AF|TJ", "AF|TJ|KG", "AF|TJ|UZ", "TJ|AF", "AF|TJ|KG|KZ"),
            "TM", List.of("AF|TM", "IR|TM", "AF|TM|UZ", "TM|UZ", "TR|TM"),
            "UZ", List.of("AF|UZ", "AF|TJ|UZ", "AF|TM|UZ", "KG|UZ", "KZ|UZ", "UZ|KZ"));
    private static final Map<String, Double> TERRORISM = Map.of("KZ", 0.03, "KG", 0.05, "TJ", 0.12, "TM", 0.03,
            "UZ", 0.08);
    private static final String[] AGENCIES = {"POLICE", "BORDER_GUARD", "CUSTOMS", "SECURITY_SERVICE"};

    private final Rng rng;
    private final List<String> areas;
    private final double[] areaWeights;
    private final Map<String, double[]> typeShares;
    private final int firstYear;
    private final int years;
    private final long serialOffset;
    private final NavigableMap<Integer, PlantedMatches.Appearance> planted;
    private final List<String[]> plantedRows = new ArrayList<>();
    private long firearmCounter;
    private long itemCounter;
    private long requestCounter;

    /**
     * @param areas          the areas, with their weights and weapon-type shares
     * @param firearmStart   the first value of the firearm counter (cores already used elsewhere are below it)
     * @param plan           planted firearms by event index, may be empty
     */
    CaseGenerator(Rng rng, List<String> areas, double[] areaWeights, Map<String, double[]> typeShares, int firstYear,
            int years, long serialOffset, long firearmStart, Map<Integer, PlantedMatches.Appearance> plan) {
        this.rng = rng;
        this.areas = List.copyOf(areas);
        this.areaWeights = areaWeights.clone();
        this.typeShares = Map.copyOf(typeShares);
        this.firstYear = firstYear;
        this.years = years;
        this.serialOffset = serialOffset;
        this.firearmCounter = firearmStart;
        this.planted = new TreeMap<>(plan);
    }

    /** Writes events until {@code maxEvents} events or {@code maxItems} item lines, whichever comes first. */
    void generate(long maxEvents, long maxItems, Csv events, Csv items, Csv tracing) {
        events.row(EVENT_COLUMNS.toArray());
        items.row(ITEM_COLUMNS.toArray());
        tracing.row(TRACING_COLUMNS.toArray());
        for (int e = 0; e < maxEvents && itemCounter < maxItems; e++) {
            event(e, planted.get(e), events, items, tracing);
        }
    }

    long items() {
        return itemCounter;
    }

    long requests() {
        return requestCounter;
    }

    /** Manifest rows of the planted items written so far: set, expectation, item id, area, date, make, model, serial. */
    List<String[]> plantedRows() {
        return plantedRows;
    }

    private void event(int index, PlantedMatches.Appearance forced, Csv events, Csv items, Csv tracing) {
        String area = forced != null ? forced.area() : areas.get(rng.weighted(areaWeights));
        int year = forced != null ? forced.year() : firstYear + rng.nextInt(years);
        LocalDate start = LocalDate.of(year, 1, 1);
        if (forced != null && forced.earliest() != null) {
            start = forced.earliest();
        }
        int span = (int) (LocalDate.of(year, 12, 31).toEpochDay() - start.toEpochDay()) + 1;
        LocalDate date = start.plusDays(rng.nextInt(span));

        String eventType = forced != null && forced.eventType() != null ? forced.eventType()
                : new String[] {"SEIZED", "FOUND", "SURRENDERED"}[rng.weighted(new double[] {78, 12, 10})];
        boolean seized = "SEIZED".equals(eventType);
        boolean trafficking = seized && (forced != null ? forced.trafficking() : rng.chance(0.12));
        String agency = !seized ? "POLICE" : trafficking ? rng.pick("BORDER_GUARD", "CUSTOMS", "SECURITY_SERVICE", "POLICE")
                : AGENCIES[rng.weighted(new double[] {70, 10, 5, 15})];
        String legalBasis = !seized ? "" : trafficking ? "ILLICIT_TRAFFICKING"
                : new String[] {"ILLICIT_POSSESSION", "ILLICIT_MANUFACTURING", "OTHER"}[rng.weighted(new double[] {80, 6, 14})];
        List<String> routes = ROUTES.get(area);
        String route = "";
        if (trafficking) {
            route = routes != null ? rng.pick(routes) : otherArea(area) + "|" + area;
            if (forced != null && forced.route() != null) {
                route = forced.route();
            }
        }
        String contexts = contexts(area, seized, trafficking, route);
        String persons = persons(area, agency, eventType, trafficking);
        String stage = stage(eventType, year);
        List<String> places = PLACES.get(area);
        String place = places != null ? rng.pick(places) : "Region " + (1 + rng.nextInt(12));
        String eventId = fixed("EV", 7, index + 1);
        events.row(eventId, area, date, eventType, agency, place, legalBasis, contexts, route, persons, stage, "true");

        int line = 0;
        List<String> calibres = new ArrayList<>();
        if (forced != null) {
            line++;
            calibres.add(firearm(eventId, line, area, date, forced, trafficking, items, tracing));
        }
        int firearms = firearmCount(eventType, trafficking) - (forced != null ? 1 : 0);
        for (int f = 0; f < firearms; f++) {
            line++;
            calibres.add(firearm(eventId, line, area, date, null, trafficking, items, tracing));
        }
        double ammoChance = seized ? 0.65 : "FOUND".equals(eventType) ? 0.4 : 0.3;
        if (rng.chance(ammoChance)) {
            int lines = rng.chance(0.3) ? 2 : 1;
            for (int a = 0; a < lines; a++) {
                String calibre = !calibres.isEmpty() && rng.chance(0.8) ? calibres.get(rng.nextInt(calibres.size()))
                        : rng.pick("7.62x39", "5.45x39", "9x18", "12 ga", "7.62x54R");
                if (calibre.isEmpty()) {
                    calibre = "12 ga";
                }
                long rounds = trafficking ? 100 + (long) (2900 * rng.nextDouble() * rng.nextDouble())
                        : 5 + (long) (195 * rng.nextDouble() * rng.nextDouble());
                line++;
                items.row(itemId(), eventId, line, "AMMUNITION", "", "", "", "", calibre, "", "", "", "", "", rounds,
                        "ROUNDS", "true");
            }
        }
        if (rng.chance(trafficking ? 0.35 : 0.1)) {
            Model model = rng.pick(Catalogue.ofType(rng.pick("ASSAULT_RIFLE", "PISTOL_OR_REVOLVER", "RIFLE_OR_CARBINE")));
            line++;
            items.row(itemId(), eventId, line, "PARTS_AND_COMPONENTS", model.weaponType(), rng.pick(Codes.PART_KINDS),
                    rng.pick(model.makes()), model.model(), rng.pick(model.calibres()), "", "", "", "", "",
                    1 + rng.nextInt(trafficking ? 20 : 4), "PIECES", "true");
        }
    }

    /** A prefix and a zero-padded number, independent of the default locale. */
    static String fixed(String prefix, int digits, long number) {
        String n = Long.toString(number);
        return prefix + "0".repeat(Math.max(0, digits - n.length())) + n;
    }

    private String itemId() {
        itemCounter++;
        return fixed("IT", 8, itemCounter);
    }

    private String firearm(String eventId, int line, String area, LocalDate date, PlantedMatches.Appearance forced,
            boolean trafficking, Csv items, Csv tracing) {
        Model model;
        String make;
        String serial;
        boolean obliterated = false;
        if (forced != null) {
            model = forced.model();
            make = forced.make();
            serial = Serials.written(forced.core(), forced.style());
        } else {
            double[] shares = typeShares.get(area);
            String type = Codes.WEAPON_TYPES.get(rng.weighted(shares));
            model = rng.pick(Catalogue.ofType(type));
            make = rng.pick(model.makes());
            String core = Serials.randomCore(firearmCounter++, serialOffset);
            boolean homeMade = model.country().isEmpty();
            obliterated = !homeMade && rng.chance(trafficking ? 0.15 : 0.05);
            int style = rng.weighted(new double[] {30, 25, 12, 6, 12, 5, 5, 5});
            serial = homeMade ? "" : obliterated ? Serials.obliterated(core, rng.nextInt(3)) : Serials.written(core, style);
        }
        int made = forced != null ? forced.madeYear() : model.madeFrom() == 0 ? 0
                : rng.between(model.madeFrom(), Math.max(model.madeFrom(), Math.min(model.madeTo(), date.getYear())));
        String country = made == 0 ? "" : model.countryIn(made);
        String id = itemId();
        items.row(id, eventId, line, "FIREARM", model.weaponType(), "", make, model.model(), rng.pick(model.calibres()),
                serial, obliterated ? "true" : "false", country, made == 0 || (forced == null && rng.chance(0.3)) ? "" : made,
                model.nationalCategory(), 1, "WEAPONS", "true");
        if (forced != null) {
            plantedRows.add(new String[] {forced.set(), forced.expectation(), "items", id, area, date.toString(), make,
                model.model(), serial, Serials.key(serial), forced.note()});
        }
        if (!serial.isEmpty() && !obliterated && !country.isEmpty()
                && rng.chance(forced != null ? 0.6 : trafficking ? 0.3 : 0.08)) {
            trace(id, area, date, "SUHH".equals(country) ? "RU" : country, tracing);
        }
        return model.calibres().get(0);
    }

    private void trace(String itemId, String area, LocalDate seized, String madeIn, Csv tracing) {
        boolean domestic = madeIn.equals(area);
        String channel = domestic ? "NATIONAL_REGISTRY" : rng.chance(0.6) ? "INTERPOL_IARMS" : "BILATERAL";
        LocalDate sent = seized.plusDays(7 + rng.nextInt(114));
        if (sent.isAfter(AS_OF)) {
            return;
        }
        String outcome = new String[] {"ORIGIN_ESTABLISHED", "NOT_ESTABLISHED", "NO_RESPONSE"}[
                rng.weighted(new double[] {40, 30, 20})];
        LocalDate answered = sent.plusDays(10 + rng.nextInt(200));
        if (!"NO_RESPONSE".equals(outcome) && answered.isAfter(AS_OF)) {
            outcome = "PENDING";
        }
        String origin = "ORIGIN_ESTABLISHED".equals(outcome) ? rng.pick("THEFT_FROM_STATE_STOCK",
                "THEFT_FROM_CIVILIAN_HOLDER", "LEAKAGE_FROM_CONFLICT_ZONE", "DIVERTED_EXPORT", "ILLICIT_MANUFACTURE",
                "UNLICENSED_TRANSFER") : "";
        requestCounter++;
        boolean hasAnswer = "ORIGIN_ESTABLISHED".equals(outcome) || "NOT_ESTABLISHED".equals(outcome);
        tracing.row(fixed("TR", 7, requestCounter), itemId, area, domestic ? area : madeIn, channel, sent,
                hasAnswer ? answered : "", outcome, origin, "true");
    }

    private int firearmCount(String eventType, boolean trafficking) {
        if (trafficking) {
            return 2 + (int) (23 * rng.nextDouble() * rng.nextDouble() * rng.nextDouble());
        }
        if ("SURRENDERED".equals(eventType)) {
            return rng.chance(0.85) ? 1 : 2;
        }
        double[] w = "FOUND".equals(eventType) ? new double[] {50, 20, 15, 10, 5} : new double[] {62, 20, 10, 5, 3};
        int k = rng.weighted(w);
        return k < 3 ? k + 1 : k == 3 ? rng.between(4, 5) : rng.between(6, 12);
    }

    private String contexts(String area, boolean seized, boolean trafficking, String route) {
        if (!seized || rng.chance(0.3)) {
            return "";
        }
        List<String> found = new ArrayList<>(3);
        double terrorism = TERRORISM.getOrDefault(area, 0.03);
        if (rng.chance(trafficking ? terrorism : terrorism / 8)) {
            found.add("TERRORISM");
        }
        if (rng.chance(trafficking ? 0.5 : 0.08)) {
            found.add("ORGANIZED_CRIME");
        }
        if (rng.chance(route.startsWith("AF") ? 0.45 : trafficking ? 0.2 : 0.06)) {
            found.add("DRUG_TRAFFICKING");
        }
        if (!trafficking && rng.chance(0.2)) {
            found.add("VIOLENT_CRIME");
        }
        if (found.isEmpty()) {
            found.add("OTHER");
        }
        return String.join("|", found);
    }

    private String persons(String area, String agency, String eventType, boolean trafficking) {
        int n = "FOUND".equals(eventType) ? 0 : "SURRENDERED".equals(eventType) ? (rng.chance(0.5) ? 1 : 0)
                : trafficking ? rng.between(1, 6) : rng.between(1, 2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(area).append('-').append(agency, 0, 3).append("-P").append(fixed("", 6, rng.nextInt(1_000_000)));
        }
        return sb.toString();
    }

    private String stage(String eventType, int year) {
        if (!"SEIZED".equals(eventType)) {
            return "NO_CASE";
        }
        int age = firstYear + years - 1 - year;
        if (age <= 0) {
            return new String[] {"INVESTIGATION", "PROSECUTION", "TRIAL"}[rng.weighted(new double[] {60, 30, 10})];
        }
        if (age == 1) {
            return new String[] {"INVESTIGATION", "PROSECUTION", "TRIAL", "CONVICTED", "DISCONTINUED"}[
                    rng.weighted(new double[] {15, 20, 20, 35, 10})];
        }
        return new String[] {"CONVICTED", "ACQUITTED", "DISCONTINUED", "TRIAL"}[rng.weighted(new double[] {68, 6, 20, 6})];
    }

    private String otherArea(String area) {
        if (areas.size() == 1) {
            return "AF";
        }
        String other;
        do {
            other = rng.pick(areas);
        } while (other.equals(area));
        return other;
    }

    /** The default weapon-type shares per area, from the state profiles (totals-only states get those of the first
     * profile that has them). */
    static Map<String, double[]> sharesOf(List<StateProfile> profiles) {
        Map<String, double[]> shares = new HashMap<>();
        double[] fallback = profiles.stream().filter(p -> p.typeShares() != null).findFirst().orElseThrow().typeShares();
        for (StateProfile p : profiles) {
            shares.put(p.area(), p.typeShares() != null ? p.typeShares() : fallback);
        }
        return shares;
    }
}
