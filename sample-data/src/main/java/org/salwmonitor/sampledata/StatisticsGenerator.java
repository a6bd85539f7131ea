package org.salwmonitor.sampledata;

import java.util.List;
import java.util.function.Consumer;

import static org.salwmonitor.sampledata.Codes.TOTAL;

/**
 * Generates the synthetic national statistics of a list of state profiles over a run of years and hands
 * each observation to a consumer, one at a time (nothing is kept in memory).
 *
 * <p>Rules every generated series obeys: weapon types sum exactly to the firearm total of the same
 * event; established origin never exceeds seized + found + surrendered firearms; answered trace requests
 * never exceed those sent; convicted never exceed prosecuted; a missing value is empty with a missing
 * status, never zero; the last year is provisional (P). Every key fits core-model's
 * {@code org.salwmonitor.core.statistics.SeriesKey}: dimensions an indicator does not have are {@code _T}
 * (so {@code ORIGIN_ESTABLISHED}, counted in weapons, has item class {@code _T}).
 */
final class StatisticsGenerator {

    private final String sourceRef;

    StatisticsGenerator(long seed) {
        this.sourceRef = "sample-data generator, seed " + seed;
    }

    String sourceRef() {
        return sourceRef;
    }

    void generate(List<StateProfile> profiles, int firstYear, int years, Rng rng, Consumer<Observation> out) {
        for (StateProfile p : profiles) {
            Rng r = rng.fork("statistics:" + p.area());
            for (int t = 0; t < years; t++) {
                year(p, firstYear + t, t, t == years - 1, r, out);
            }
        }
    }

    private void year(StateProfile p, int year, int t, boolean last, Rng r, Consumer<Observation> out) {
        String missing = p.missing().get(t);
        String status = last ? "P" : "A";
        String note = last ? "provisional" : "";
        if (missing != null) {
            String why = "L".equals(missing) ? "not collected this year" : "not reported";
            if (p.totalsOnly()) {
                out.accept(obs(p, year, "ITEMS", TOTAL, "FIREARM", TOTAL, TOTAL, "WEAPONS", null, missing, why));
            } else {
                for (String event : Codes.EVENTS) {
                    out.accept(obs(p, year, "ITEMS", event, "FIREARM", TOTAL, TOTAL, "WEAPONS", null, missing, why));
                }
                out.accept(obs(p, year, "ORIGIN_ESTABLISHED", TOTAL, TOTAL, TOTAL, TOTAL, "WEAPONS", null,
                        missing, why));
            }
            out.accept(obs(p, year, "TRAFFICKING_CASES", TOTAL, TOTAL, TOTAL, TOTAL, "CASES", null, missing, why));
            return;
        }
        double breakFactor = p.breakOffset() >= 0 && t >= p.breakOffset() ? p.breakFactor() : 1.0;
        String itemStatus = t == p.breakOffset() ? "B" : status;
        String itemNote = t == p.breakOffset() ? p.breakNote() : note;

        long seized = level(p.seized() * StrictMath.pow(p.trend(), t) * breakFactor, p.noise(), r);
        if (p.totalsOnly()) {
            out.accept(obs(p, year, "ITEMS", TOTAL, "FIREARM", TOTAL, TOTAL, "WEAPONS", seized, itemStatus, itemNote));
            long rounds = level(seized * p.roundsPerFirearm(), 0.15, r);
            out.accept(obs(p, year, "ITEMS", TOTAL, "AMMUNITION", TOTAL, TOTAL, "ROUNDS", rounds, itemStatus, itemNote));
            out.accept(obs(p, year, "TRAFFICKING_CASES", TOTAL, TOTAL, TOTAL, TOTAL, "CASES",
                    level(p.cases(), 0.2, r), status, note));
            out.accept(obs(p, year, "PERSONS_CONVICTED", TOTAL, TOTAL, TOTAL, TOTAL, "PERSONS",
                    level(p.prosecuted() * 0.8, 0.1, r), status, note));
            return;
        }
        boolean spike = t == p.spikeOffset();
        long found = level(p.found() * breakFactor, p.noise() * 2, r) + (spike ? p.spikeFound() : 0);
        long surrendered = level(p.surrendered() * breakFactor, p.noise() * 2, r) + (spike ? p.spikeSurrendered() : 0);
        long[] byEvent = {seized, found, surrendered};
        for (int e = 0; e < 3; e++) {
            String event = Codes.EVENTS.get(e);
            long total = byEvent[e];
            String eventNote = spike && e > 0 ? join(itemNote, p.spikeNote()) : itemNote;
            if (t == p.estimatedOffset() && "FOUND".equals(event)) {
                out.accept(obs(p, year, "ITEMS", event, "FIREARM", TOTAL, TOTAL, "WEAPONS", total, "E",
                        "estimated from incomplete regional returns; no breakdown by type"));
            } else {
                out.accept(obs(p, year, "ITEMS", event, "FIREARM", TOTAL, TOTAL, "WEAPONS", total, itemStatus,
                        eventNote));
                long[] split = split(total, p.typeShares(), r);
                for (int w = 0; w < split.length; w++) {
                    if (p.typeShares()[w] > 0) {
                        String type = Codes.WEAPON_TYPES.get(w);
                        String conf = Codes.isLightWeapon(type) && split[w] > 0 && split[w] < 3 ? "A" : "F";
                        out.accept(new Observation(p.area(), year, "ITEMS", event, "FIREARM", type, TOTAL, "WEAPONS",
                                split[w], itemStatus, conf, t == p.breakOffset() ? itemNote : ""));
                    }
                }
            }
            if (e < 2) {
                out.accept(obs(p, year, "ITEMS", event, "PARTS_AND_COMPONENTS", TOTAL, TOTAL, "PIECES",
                        level(total * 0.06, 0.2, r), itemStatus, itemNote));
            }
            out.accept(obs(p, year, "ITEMS", event, "AMMUNITION", TOTAL, TOTAL, "ROUNDS",
                    level(total * p.roundsPerFirearm() * (e == 0 ? 1.0 : 0.4), 0.15, r), itemStatus, itemNote));
        }
        if (p.contextShares() != null) {
            String[] contexts = {"TERRORISM", "ORGANIZED_CRIME", "DRUG_TRAFFICKING"};
            for (int c = 0; c < contexts.length; c++) {
                long v = Math.min(seized, level(seized * p.contextShares()[c], 0.25, r));
                out.accept(obs(p, year, "ITEMS", "SEIZED", "FIREARM", TOTAL, contexts[c], "WEAPONS", v, itemStatus,
                        itemNote));
            }
        }
        long all = seized + found + surrendered;
        long origin = Math.min(all, level(all * p.originShare(), 0.1, r));
        out.accept(obs(p, year, "ORIGIN_ESTABLISHED", TOTAL, TOTAL, TOTAL, TOTAL, "WEAPONS", origin, status, note));
        long sent = level(Math.max(4, all * 0.02), 0.15, r);
        long answered = Math.min(sent, level(sent * 0.7, 0.15, r));
        out.accept(obs(p, year, "TRACE_REQUESTS_SENT", TOTAL, TOTAL, TOTAL, TOTAL, "REQUESTS", sent, status, note));
        out.accept(obs(p, year, "TRACE_REQUESTS_ANSWERED", TOTAL, TOTAL, TOTAL, TOTAL, "REQUESTS", answered, status,
                note));
        out.accept(obs(p, year, "TRAFFICKING_CASES", TOTAL, TOTAL, TOTAL, TOTAL, "CASES", level(p.cases(), 0.2, r),
                status, note));
        long prosecuted = level(p.prosecuted() * StrictMath.pow(p.trend(), t), 0.08, r);
        out.accept(obs(p, year, "PERSONS_PROSECUTED", TOTAL, TOTAL, TOTAL, TOTAL, "PERSONS", prosecuted, status, note));
        out.accept(obs(p, year, "PERSONS_CONVICTED", TOTAL, TOTAL, TOTAL, TOTAL, "PERSONS",
                Math.min(prosecuted, level(prosecuted * 0.78, 0.06, r)), status, note));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static Observation obs(StateProfile p, int year, String indicator, String event, String itemClass,
            String weaponType, String context, String unit, Long value, String status, String comment) {
        return new Observation(p.area(), year, indicator, event, itemClass, weaponType, context, unit, value, status,
                "F", comment);
    }

    /** A non-negative count around the expected value with relative noise. */
    private static long level(double expected, double relativeNoise, Rng r) {
        return Math.max(0, Math.round(expected * (1 + relativeNoise * r.gaussian())));
    }

    /** Splits a total over weighted shares (jittered) by largest remainder, so that the parts sum exactly. */
    static long[] split(long total, double[] shares, Rng r) {
        double[] w = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            w[i] = shares[i] > 0 ? shares[i] * StrictMath.exp(0.15 * r.gaussian()) : 0;
            sum += w[i];
        }
        long[] parts = new long[shares.length];
        double[] remainder = new double[shares.length];
        long assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * w[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainder[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < shares.length; i++) {
                if (w[i] > 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }
}
