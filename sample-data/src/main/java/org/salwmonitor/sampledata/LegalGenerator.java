package org.salwmonitor.sampledata;

import java.time.LocalDate;
import java.util.List;

import org.salwmonitor.core.law.ReportingObligation;

/**
 * Writes participation in instruments and reporting submissions. Facts from {@code domain.md} carry
 * their source and {@code SYNTHETIC=false}; every other row is invented, says so in its source and has
 * {@code SYNTHETIC=true}.
 */
final class LegalGenerator {

    static final List<String> PARTICIPATION_COLUMNS = List.of("STATE", "INSTRUMENT", "ACTION", "DATE", "SOURCE",
            "VERIFIED", "SYNTHETIC", "LEVEL");
    static final List<String> SUBMISSION_COLUMNS = List.of("STATE", "OBLIGATION", "CYCLE", "DATE_RECEIVED",
            "PUBLICITY", "SOURCE", "SYNTHETIC");
    static final String SYNTHETIC_SOURCE = "synthetic: invented for testing, not a fact";
    private static final List<String> FIVE = List.of("KZ", "KG", "TJ", "TM", "UZ");

    private LegalGenerator() {
    }

    static void participation(Csv out, Rng rng) {
        out.row(PARTICIPATION_COLUMNS.toArray());
        // LEVEL DOMESTIC: the date of a national law or parliament vote, not of deposit with the depositary
        verified(out, "KZ", "FIREARMS_PROTOCOL", "RATIFICATION", "DOMESTIC", "2008-06-04",
                "Law of the Republic of Kazakhstan No. 39-IV of 4 June 2008 on ratification (date of the law; deposit date not verified)");
        verified(out, "KZ", "ATT", "ACCESSION", "INTERNATIONAL", "2017-12-08",
                "ATT Secretariat: accession 8 December 2017; in force for Kazakhstan 8 March 2018 (90-day rule)");
        verified(out, "UZ", "UNTOC", "RATIFICATION", "DOMESTIC", "2003-08-30", "UNODC: ratified by parliament on 30 August 2003");
        verified(out, "TR", "ATT", "SIGNATURE", "INTERNATIONAL", "2013-07-02",
                "ATT Secretariat: signed 2 July 2013; ratification not found in the sources reached");
        verified(out, "TR", "FIREARMS_PROTOCOL", "APPROVAL", "DOMESTIC", "2004-02-12", "Law No. 5095 of 12 February 2004");
        verified(out, "AF", "ATT", "ACCESSION", "INTERNATIONAL", "2020-07-29", "ATT Secretariat: accession 29 July 2020");
        for (String state : FIVE) {
            verified(out, state, "UNTOC", "SIGNATURE", "INTERNATIONAL", "", "UN Treaty Collection: signatory (date not verified)");
        }
        // Invented rows so that the compliance code has parties to count; none of them is a fact.
        for (String state : List.of("KZ", "KG", "TJ", "TM")) {
            out.row(state, "UNTOC", "RATIFICATION", LocalDate.of(2003, 1, 1).plusDays(rng.nextInt(2000)),
                    SYNTHETIC_SOURCE, "false", "true", "INTERNATIONAL");
        }
        for (String state : List.of("KG", "TJ")) {
            out.row(state, "FIREARMS_PROTOCOL", "ACCESSION", LocalDate.of(2005, 1, 1).plusDays(rng.nextInt(3000)),
                    SYNTHETIC_SOURCE, "false", "true", "INTERNATIONAL");
        }
    }

    private static void verified(Csv out, String state, String instrument, String action, String level, String date,
                                 String source) {
        out.row(state, instrument, action, date, source, "true", "false", level);
    }

    static void submissions(Csv out, Rng rng) {
        out.row(SUBMISSION_COLUMNS.toArray());
        for (int cycle : new int[] {2005, 2006, 2008, 2010, 2015}) {
            out.row("KZ", "POA_NATIONAL", cycle, "", "UNKNOWN", "PoA-ISS country profile, Kazakhstan (date received not verified)", "false");
        }
        out.row("TJ", "POA_NATIONAL", 2003, "", "UNKNOWN", "PoA-ISS (date received not verified)", "false");
        // Kazakhstan under the ATT, bound from 8 March 2018: initial report due 8 March 2019 (late),
        // annual reports due 31 May of the next year: on time, late, one missing (2021), private.
        out.row("KZ", "ATT_INITIAL", 2018, "2019-05-14", "PUBLIC", SYNTHETIC_SOURCE, "true");
        out.row("KZ", "ATT_ANNUAL", 2018, "2019-05-28", "PUBLIC", SYNTHETIC_SOURCE, "true");
        out.row("KZ", "ATT_ANNUAL", 2019, "2020-07-02", "PUBLIC", SYNTHETIC_SOURCE, "true");
        out.row("KZ", "ATT_ANNUAL", 2020, "2021-05-20", "PUBLIC", SYNTHETIC_SOURCE, "true");
        out.row("KZ", "ATT_ANNUAL", 2022, "2023-05-30", "PRIVATE", SYNTHETIC_SOURCE, "true");
        out.row("KZ", "ATT_ANNUAL", 2023, "2024-09-16", "PRIVATE", SYNTHETIC_SOURCE, "true");
        double[][] diligence = {{70, 20, 10}, {50, 30, 20}, {40, 30, 30}, {10, 20, 70}, {50, 30, 20}};
        for (int s = 0; s < FIVE.size(); s++) {
            String state = FIVE.get(s);
            for (int cycle = 2014; cycle <= 2024; cycle += 2) {
                submission(out, rng, state, "POA_NATIONAL", cycle, diligence[s], "PUBLIC");
            }
            for (int cycle = 2014; cycle <= 2023; cycle++) {
                submission(out, rng, state, "UNROCA_ANNUAL", cycle, diligence[s], "PUBLIC");
                submission(out, rng, state, "OSCE_SALW_ANNUAL", cycle, diligence[s], "PRIVATE");
            }
        }
    }

    /**
     * On time, late, or missing (no row), with the state's weights; on time and late by the deadline of the
     * core-model obligation (some deadlines there are project conventions), ignoring reports after the
     * reference date.
     */
    private static void submission(Csv out, Rng rng, String state, String obligation, int cycle, double[] weights,
            String publicity) {
        LocalDate due = ReportingObligation.of(obligation).deadlineRule().dueDate(cycle, LocalDate.of(cycle, 12, 31));
        int kind = rng.weighted(weights);
        LocalDate received = kind == 0 ? due.minusDays(rng.nextInt(60)) : due.plusDays(1 + rng.nextInt(200));
        if (kind == 2 || received.isAfter(CaseGenerator.AS_OF)) {
            return;
        }
        out.row(state, obligation, cycle, received, rng.chance(0.9) ? publicity : "UNKNOWN", SYNTHETIC_SOURCE, "true");
    }
}
