package org.salwmonitor.sampledata;

import java.util.List;
import java.util.Map;

/**
 * How one state's synthetic statistics behave: magnitudes, trend, noise, which breakdowns it reports and
 * which texture (missing years, a break, an estimate, a spike) its series carry. Year offsets count from
 * the first year of the series.
 *
 * @param area               ISO 3166-1 alpha-2 code
 * @param seized             firearms seized in the first year
 * @param trend              multiplicative change per year of seized firearms (1.0 = flat)
 * @param noise              relative standard deviation of the year-to-year noise
 * @param found              firearms found in the first year (flat apart from noise)
 * @param surrendered        firearms surrendered in the first year (flat apart from noise)
 * @param typeShares         share of each weapon type (order of {@link Codes#WEAPON_TYPES}); zero = type not reported
 * @param totalsOnly         the state reports only totals: no event, type or context breakdown
 * @param contextShares      share of seized firearms linked to TERRORISM, ORGANIZED_CRIME, DRUG_TRAFFICKING, or null
 * @param roundsPerFirearm   rounds of ammunition seized per firearm seized
 * @param originShare        share of all firearms whose illicit origin was established
 * @param missing            year offset to missing status (O or L) for years the state did not report
 * @param breakOffset        year offset of a series break (status B, level change from then on), or -1
 * @param breakFactor        level multiplier from the break on
 * @param breakNote          why the series breaks
 * @param estimatedOffset    year offset whose FOUND total is an estimate without breakdown, or -1
 * @param spikeOffset        year offset of an extra one-off found and surrendered spike, or -1
 * @param spikeFound         extra firearms found in the spike year
 * @param spikeSurrendered   extra firearms surrendered in the spike year
 * @param spikeNote          what the spike stands for
 * @param cases              trafficking cases in the first year
 * @param prosecuted         persons prosecuted in the first year
 */
record StateProfile(String area, double seized, double trend, double noise, double found, double surrendered,
        double[] typeShares, boolean totalsOnly, double[] contextShares, double roundsPerFirearm,
        double originShare, Map<Integer, String> missing, int breakOffset, double breakFactor, String breakNote,
        int estimatedOffset, int spikeOffset, int spikeFound, int spikeSurrendered, String spikeNote,
        double cases, double prosecuted) {

    /** Type shares in the order of {@link Codes#WEAPON_TYPES}: pistol, rifle, shotgun, SMG, assault, LMG, HMG,
     * grenade launcher, AA gun, AT gun, recoilless, AT launcher, MANPADS, mortar, other, unknown. */
    private static double[] shares(double... values) {
        return values;
    }

    /**
     * The five Central Asian profiles of the reference dataset, 2014–2024 (offset 0 = 2014).
     * KZ: thousands, smoothbore-dominated, clearly downward, January 2022 spike. KG: flat, three missing
     * years. TJ: hundreds with border seizures, break in 2019. TM: totals only. UZ: clearly upward, one estimate.
     */
    static List<StateProfile> centralAsia() {
        return List.of(
                new StateProfile("KZ", 3400, 0.93, 0.025, 620, 880,
                        shares(0.09, 0.10, 0.60, 0.004, 0.02, 0.002, 0, 0.002, 0, 0, 0, 0.001, 0, 0, 0.13, 0.041),
                        false, new double[] {0.004, 0.03, 0.05}, 55, 0.34, Map.of(), -1, 1, "",
                        -1, 8, 1100, 1272,
                        "spike: arms recovered after the January events and a 30-day surrender campaign",
                        60, 980),
                new StateProfile("KG", 520, 1.0, 0.04, 140, 260,
                        shares(0.15, 0.12, 0.42, 0.01, 0.06, 0.005, 0, 0.004, 0, 0, 0, 0, 0, 0, 0.10, 0.131),
                        false, new double[] {0.01, 0.05, 0.08}, 40, 0.22,
                        Map.of(1, "O", 2, "O", 6, "L"), -1, 1, "", -1, -1, 0, 0, "", 18, 210),
                new StateProfile("TJ", 160, 1.0, 0.05, 45, 70,
                        shares(0.20, 0.12, 0.24, 0.01, 0.25, 0.03, 0.005, 0.03, 0, 0, 0, 0.02, 0, 0.005, 0.03, 0.055),
                        false, new double[] {0.06, 0.10, 0.16}, 60, 0.28, Map.of(),
                        5, 1.18, "series break: border-guard seizures counted from this year", -1, -1, 0, 0, "",
                        22, 95),
                new StateProfile("TM", 120, 1.0, 0.05, 0, 0, null,
                        true, null, 35, 0, Map.of(), -1, 1, "", -1, -1, 0, 0, "", 9, 60),
                new StateProfile("UZ", 620, 1.07, 0.025, 150, 310,
                        shares(0.16, 0.11, 0.40, 0.006, 0.07, 0.004, 0, 0.003, 0, 0, 0, 0.001, 0, 0, 0.12, 0.126),
                        false, new double[] {0.01, 0.04, 0.07}, 45, 0.30, Map.of(), -1, 1, "",
                        2, -1, 0, 0, "", 30, 380));
    }

    /** A copy of this profile for another area, scaled and with its own trend (used by the volume generator). */
    StateProfile forArea(String otherArea, double scale, double otherTrend) {
        return new StateProfile(otherArea, seized * scale, otherTrend, noise, found * scale, surrendered * scale,
                typeShares, totalsOnly, contextShares, roundsPerFirearm, originShare, missing, breakOffset,
                breakFactor, breakNote, estimatedOffset, spikeOffset, (int) (spikeFound * scale),
                (int) (spikeSurrendered * scale), spikeNote, cases * scale, prosecuted * scale);
    }
}
