package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrendAnalyzerTest {

    static final AnnualSeries RISING_8 = AnnualSeries.of(new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022},
            new double[] {120, 135, 128, 150, 162, 158, 171, 190});
    static final AnnualSeries FALLING_11 = AnnualSeries.of(
            new int[] {2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024},
            new double[] {980, 1012, 940, 901, 915, 860, 812, 799, 760, 741, 702});
    static final AnnualSeries FLAT_11 = AnnualSeries.of(
            new int[] {2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024},
            new double[] {51, 47, 55, 49, 52, 50, 46, 54, 48, 53, 50});
    static final AnnualSeries SHORT_5 = AnnualSeries.of(new int[] {2020, 2021, 2022, 2023, 2024},
            new double[] {7, 9, 8, 11, 12});
    static final AnnualSeries TINY_3 = AnnualSeries.of(new int[] {2022, 2023, 2024}, new double[] {40, 44, 43});

    @Nested
    class Verdicts {

        @Test
        void findsAnIncreasingTrend() {
            assertThat(TrendAnalyzer.defaults().analyze(RISING_8).verdict()).isEqualTo(Verdict.INCREASING);
        }

        @Test
        void findsADecreasingTrend() {
            assertThat(TrendAnalyzer.defaults().analyze(FALLING_11).verdict()).isEqualTo(Verdict.DECREASING);
        }

        @Test
        void findsNoTrendInAFlatSeries() {
            assertThat(TrendAnalyzer.defaults().analyze(FLAT_11).verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_TREND);
        }

        @Test
        void followsTheChosenAlpha() {
            // given: exact p = 10/120 = 0.083
            TrendAnalyzer analyzer = TrendAnalyzer.defaults();
            // when, then
            assertThat(analyzer.analyze(SHORT_5).verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_TREND);
            assertThat(analyzer.withAlpha(0.1).analyze(SHORT_5).verdict()).isEqualTo(Verdict.INCREASING);
            assertThat(analyzer.withAlpha(10.0 / 120).analyze(SHORT_5).verdict()).isEqualTo(Verdict.INCREASING);
        }

        @Test
        void keepsTheStatisticsOfASeriesBelowTheMinimum() {
            // when
            TrendResult result = TrendAnalyzer.defaults().analyze(TINY_3);
            // then
            assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
            assertThat(result.leastSquares()).isPresent();
            assertThat(result.mannKendall()).isPresent();
            assertThat(result.theilSen()).isPresent();
        }

        @Test
        void hasNoStatisticsBelowThreePoints() {
            // when
            TrendResult result = TrendAnalyzer.defaults().analyze(
                    AnnualSeries.of(new int[] {2020, 2024}, new double[] {1, 9}));
            // then
            assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
            assertThat(result.leastSquares()).isEmpty();
            assertThat(result.mannKendall()).isEmpty();
            assertThat(result.theilSen()).isEmpty();
            assertThat(result.gaps()).containsExactly(2021, 2022, 2023);
            assertThat(result.changes().percentChange()).hasValue(800.0);
        }

        @Test
        void followsTheChosenMinimum() {
            assertThat(TrendAnalyzer.defaults().withMinimumPoints(3).analyze(TINY_3).verdict())
                    .isEqualTo(Verdict.NO_SIGNIFICANT_TREND);
            assertThat(TrendAnalyzer.defaults().withMinimumPoints(9).analyze(RISING_8).verdict())
                    .isEqualTo(Verdict.INSUFFICIENT_DATA);
        }

        @Test
        void basesTheIndexOnTheChosenYear() {
            // when
            TrendResult result = TrendAnalyzer.defaults().withIndexBaseYear(2018).analyze(RISING_8);
            // then
            assertThat(result.changes().indexBaseYear()).isEqualTo(2018);
            assertThat(result.changes().index().get(3).value()).hasValue(100.0);
        }
    }

    @Nested
    class Settings {

        @Test
        void hasTheDocumentedDefaults() {
            assertThat(TrendAnalyzer.defaults()).isEqualTo(new TrendAnalyzer(0.05, 5, OptionalInt.empty()));
        }

        @Test
        void rejectsAlphaOfOne() {
            assertThatThrownBy(() -> TrendAnalyzer.defaults().withAlpha(1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("alpha must be strictly between 0 and 1, was 1.0");
        }

        @Test
        void rejectsNaNAlpha() {
            assertThatThrownBy(() -> TrendAnalyzer.defaults().withAlpha(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("alpha must be strictly between 0 and 1, was NaN");
        }

        @Test
        void rejectsMinimumBelowThree() {
            assertThatThrownBy(() -> TrendAnalyzer.defaults().withMinimumPoints(2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("minimumPoints must be between 3 and 1000, was 2");
        }

        @Test
        void rejectsBaseYearOutOfRange() {
            assertThatThrownBy(() -> TrendAnalyzer.defaults().withIndexBaseYear(2301))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("indexBaseYear must be between 1900 and 2100, was 2301");
        }

        @Test
        void rejectsNullSeries() {
            assertThatThrownBy(() -> TrendAnalyzer.defaults().analyze(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("series must not be null");
        }
    }
}
