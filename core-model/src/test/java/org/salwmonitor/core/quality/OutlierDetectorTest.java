package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.salwmonitor.core.quality.Fixtures.KZ;
import static org.salwmonitor.core.quality.Fixtures.count;
import static org.salwmonitor.core.quality.Fixtures.key;
import static org.salwmonitor.core.quality.Fixtures.missing;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;

class OutlierDetectorTest {

    private static final double[] RESPONSE_TIMES = {10, 11, 12, 12, 13, 14, 35};

    @Nested
    class ModifiedZ {

        @Test
        void flagsTheValueFarFromTheMedianWithItsNumbers() {
            // when: median 12, MAD 1
            List<OutlierFinding> findings = OutlierDetector.modifiedZ().detect(RESPONSE_TIMES);
            // then
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.index()).isEqualTo(6);
                assertThat(finding.value()).isEqualTo(35);
                assertThat(finding.method()).isEqualTo(OutlierMethod.MODIFIED_Z);
                assertThat(finding.centre()).isEqualTo(12);
                assertThat(finding.spread()).isEqualTo(1);
                assertThat(finding.madWasZero()).isFalse();
                assertThat(finding.score()).isCloseTo(0.6745 * 23, within(1e-9));
                assertThat(finding.threshold()).isEqualTo(3.5);
                assertThat(finding.lower()).isCloseTo(12 - 3.5 / 0.6745, within(1e-9));
                assertThat(finding.upper()).isCloseTo(12 + 3.5 / 0.6745, within(1e-9));
                assertThat(finding.isHigh()).isTrue();
            });
        }

        @Test
        void usesTheMeanAbsoluteDeviationWhenTheMadIsZero() {
            // given: nine zeros and a 5; median 0, MAD 0, mean absolute deviation 0.5
            double[] values = {0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
            // when
            List<OutlierFinding> findings = OutlierDetector.modifiedZ().detect(values);
            // then
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.madWasZero()).isTrue();
                assertThat(finding.spread()).isEqualTo(0.5);
                assertThat(finding.score()).isCloseTo(5 / (1.253314 * 0.5), within(1e-9));
                assertThat(finding.upper()).isCloseTo(3.5 * 1.253314 * 0.5, within(1e-9));
            });
        }

        @Test
        void doesNotFlagEveryNonZeroValueOfAZeroInflatedSeries() {
            // given: median 0, MAD 0, mean absolute deviation 0.8; the 3 scores 2.99
            double[] values = {0, 0, 0, 0, 0, 0, 1, 2, 3, 2};
            // then
            assertThat(OutlierDetector.modifiedZ().detect(values)).isEmpty();
        }

        @Test
        void flagsNothingWhenAllValuesAreEqual() {
            assertThat(OutlierDetector.modifiedZ().detect(new double[] {4, 4, 4, 4})).isEmpty();
            assertThat(OutlierDetector.modifiedZ().scores(new double[] {4, 4, 4, 4})).containsOnly(0);
        }

        @Test
        void flagsNothingInASeriesOfOne() {
            assertThat(OutlierDetector.modifiedZ().detect(new double[] {1e9})).isEmpty();
        }

        @Test
        void respectsTheThreshold() {
            // given: the 14 scores 1.349
            OutlierDetector strict = new OutlierDetector(OutlierMethod.MODIFIED_Z, 1.3);
            // then
            assertThat(strict.detect(RESPONSE_TIMES)).extracting(OutlierFinding::index).containsExactly(0, 5, 6);
        }
    }

    @Nested
    class ZScore {

        @Test
        void isMaskedByTheOutlierItself() {
            // given: in seven values no z-score can exceed 6 / sqrt(7) = 2.27
            OutlierDetector zScore = OutlierDetector.of(OutlierMethod.Z_SCORE);
            // then
            assertThat(zScore.threshold()).isEqualTo(3.0);
            assertThat(zScore.detect(RESPONSE_TIMES)).isEmpty();
            assertThat(new OutlierDetector(OutlierMethod.Z_SCORE, 2).detect(RESPONSE_TIMES))
                    .singleElement().satisfies(finding -> {
                        assertThat(finding.centre()).isCloseTo(107.0 / 7, within(1e-9));
                        assertThat(finding.score()).isCloseTo((35 - 107.0 / 7) / finding.spread(), within(1e-9));
                        assertThat(finding.lower()).isCloseTo(107.0 / 7 - 2 * finding.spread(), within(1e-9));
                    });
        }

        @Test
        void flagsAnOutlierInALongerSeries() {
            // given
            double[] values = new double[30];
            for (int i = 0; i < values.length; i++) {
                values[i] = 100 + i % 3;
            }
            values[17] = 400;
            // then
            assertThat(OutlierDetector.of(OutlierMethod.Z_SCORE).detect(values)).extracting(OutlierFinding::index)
                    .containsExactly(17);
        }
    }

    @Nested
    class TimeSeries {

        @Test
        void skipsMissingValuesAndKeysFindingsByPeriod() {
            // given
            SeriesKey key = key(KZ, Indicator.TRAFFICKING_CASES);
            SortedMap<Period, Observation> series = new TreeMap<>();
            long[] counts = {10, 11, 12, -1, 12, 13, 14, 35};
            for (int i = 0; i < counts.length; i++) {
                Observation observation = counts[i] < 0 ? missing(key, 2010 + i) : count(key, 2010 + i, counts[i]);
                series.put(observation.period(), observation);
            }
            // when
            SortedMap<Period, OutlierFinding> findings = OutlierDetector.modifiedZ().detect(series);
            // then
            assertThat(findings).containsOnlyKeys(Period.ofYear(2017));
            assertThat(findings.get(Period.ofYear(2017)).index()).isEqualTo(6);
        }
    }

    @Nested
    class Invalid {

        @Test
        void rejectsANonFiniteValue() {
            assertThatThrownBy(() -> OutlierDetector.modifiedZ().detect(new double[] {1, Double.NaN}))
                    .hasMessage("values must be finite numbers, was NaN at index 1");
        }

        @Test
        void rejectsAZeroThreshold() {
            assertThatThrownBy(() -> new OutlierDetector(OutlierMethod.MODIFIED_Z, 0))
                    .hasMessage("threshold must be positive and finite, was 0.0");
        }

        @Test
        void rejectsNullMethod() {
            assertThatThrownBy(() -> new OutlierDetector(null, 3)).hasMessage("method must not be null");
        }

        @Test
        void rejectsNullValues() {
            assertThatThrownBy(() -> OutlierDetector.modifiedZ().detect((double[]) null))
                    .hasMessage("values must not be null");
        }
    }

    @Property(tries = 300)
    void modifiedZScoreIsInvariantUnderShiftAndPositiveScale(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 1000) Integer> counts,
            @ForAll @DoubleRange(min = -1000, max = 1000) double shift,
            @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        // given
        double[] values = counts.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] transformed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            transformed[i] = factor * values[i] + shift;
        }
        OutlierDetector detector = OutlierDetector.modifiedZ();
        // when
        double[] scores = detector.scores(values);
        double[] transformedScores = detector.scores(transformed);
        // then
        for (int i = 0; i < values.length; i++) {
            assertThat(transformedScores[i]).isCloseTo(scores[i], within(1e-6 * Math.max(1, Math.abs(scores[i]))));
        }
    }

    @Property(tries = 300)
    void findingsBoundsBracketTheMedian(
            @ForAll @Size(min = 10, max = 30) List<@IntRange(min = 0, max = 100) Integer> counts,
            @ForAll @IntRange(min = 1000, max = 100_000) int spike) {
        // given: a spike far above the rest
        double[] values = new double[counts.size() + 1];
        for (int i = 0; i < counts.size(); i++) {
            values[i] = counts.get(i);
        }
        values[counts.size()] = spike;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        // when
        List<OutlierFinding> findings = OutlierDetector.modifiedZ().detect(values);
        // then
        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.centre()).isEqualTo(median);
            assertThat(finding.lower()).isLessThanOrEqualTo(median);
            assertThat(finding.upper()).isGreaterThanOrEqualTo(median);
            assertThat(finding.value() < finding.lower() || finding.value() > finding.upper()).isTrue();
        });
        assertThat(findings).extracting(OutlierFinding::index).contains(counts.size());
    }
}
