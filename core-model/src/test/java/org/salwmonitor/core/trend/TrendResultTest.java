package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrendResultTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String SUBJECT_EN = "Seizures of pistols in Kazakhstan";
    private static final String SUBJECT_RU = "Изъятия пистолетов в Казахстане";

    private static TrendResult analyse(AnnualSeries series) {
        return TrendAnalyzer.defaults().analyze(series);
    }

    @Nested
    class Summary {

        @Test
        void saysARiseWithItsSizeAndPValue() {
            // given
            TrendResult result = analyse(TrendAnalyzerTest.RISING_8);
            // when, then
            assertThat(result.summary(SUBJECT_EN, EN)).isEqualTo(
                    "Seizures of pistols in Kazakhstan rose by about 9.7 a year (2015–2022, Mann–Kendall p = 0.002).");
            assertThat(result.summary(SUBJECT_RU, RU)).isEqualTo(
                    "Изъятия пистолетов в Казахстане: рост примерно на 9,7 в год "
                            + "(2015–2022, критерий Манна — Кендалла: p = 0,002).");
        }

        @Test
        void saysAFallWithATinyPValue() {
            // given
            TrendResult result = analyse(TrendAnalyzerTest.FALLING_11);
            // when, then
            assertThat(result.summary(SUBJECT_EN, EN)).isEqualTo(
                    "Seizures of pistols in Kazakhstan fell by about 30 a year (2014–2024, Mann–Kendall p < 0.001).");
            assertThat(result.summary(SUBJECT_RU, RU)).isEqualTo(
                    "Изъятия пистолетов в Казахстане: снижение примерно на 30 в год "
                            + "(2014–2024, критерий Манна — Кендалла: p < 0,001).");
        }

        @Test
        void saysThereIsNoSignificantTrend() {
            // given
            TrendResult result = analyse(TrendAnalyzerTest.SHORT_5);
            // when, then
            assertThat(result.summary(SUBJECT_EN, EN)).isEqualTo(
                    "Seizures of pistols in Kazakhstan showed no significant trend (2020–2024, Mann–Kendall p = 0.083).");
            assertThat(result.summary(SUBJECT_RU, RU)).isEqualTo(
                    "Изъятия пистолетов в Казахстане: статистически значимого тренда нет "
                            + "(2020–2024, критерий Манна — Кендалла: p = 0,083).");
        }

        @Test
        void saysThereIsTooLittleData() {
            // given
            TrendResult result = analyse(TrendAnalyzerTest.TINY_3);
            // when, then
            assertThat(result.summary(SUBJECT_EN, EN)).isEqualTo("Seizures of pistols in Kazakhstan: too few years"
                    + " with data for a trend test (3 years with data, 2022–2024; at least 5 needed).");
            assertThat(result.summary(SUBJECT_RU, RU)).isEqualTo("Изъятия пистолетов в Казахстане: недостаточно"
                    + " данных для оценки тренда (лет с данными: 3, 2022–2024; нужно не менее 5).");
        }

        @Test
        void namesTheMissingYears() {
            // given
            TrendResult result = analyse(AnnualSeries.of(new int[] {2010, 2012, 2013, 2016, 2017, 2018},
                    new double[] {1000, 2200, 3500, 5100, 8000, 12000}));
            // when, then
            assertThat(result.summary("Rounds seized", EN)).isEqualTo("Rounds seized rose by about 1,200 a year"
                    + " (2010–2018, no data for 2011 and 2014–2015, Mann–Kendall p = 0.003).");
            assertThat(result.summary("Изъято патронов", RU)).isEqualTo("Изъято патронов: рост примерно на"
                    + " 1\u00a0200 в год (2010–2018, нет данных за 2011 и 2014–2015 гг., критерий Манна — Кендалла:"
                    + " p = 0,003).");
        }

        @Test
        void namesASingleMissingYear() {
            // given
            TrendResult result = analyse(AnnualSeries.of(new int[] {2014, 2015, 2016, 2017, 2018, 2020, 2021, 2022,
                    2023, 2024}, new double[] {310, 295, 330, 342, 360, 371, 365, 390, 402, 415}));
            // when, then
            assertThat(result.summary("Seizures", EN)).contains("(2014–2024, no data for 2019, Mann–Kendall");
            assertThat(result.summary("Изъятия", RU)).contains("(2014–2024, нет данных за 2019 г., критерий");
        }

        @Test
        void saysATendencyWhenTheMedianChangeIsZero() {
            // given: significant by Mann-Kendall, but most pairs are tied
            TrendResult result = analyse(AnnualSeries.of(
                    new int[] {2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024},
                    new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
            // when, then
            assertThat(result.theilSen().orElseThrow().slope()).isZero();
            assertThat(result.verdict()).isEqualTo(Verdict.INCREASING);
            assertThat(result.summary("Seizures", EN)).startsWith("Seizures tended upwards (2011–2024");
            assertThat(result.summary("Изъятия", RU)).startsWith("Изъятия: тенденция к росту (2011–2024");
        }

        @Test
        void rejectsBlankSubject() {
            assertThatThrownBy(() -> analyse(TrendAnalyzerTest.RISING_8).summary(" ", EN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("subject must not be blank, was ' '");
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsAVerdictThatDoesNotFollowFromTheStatistics() {
            // given
            TrendResult valid = analyse(TrendAnalyzerTest.RISING_8);
            // when, then
            assertThatThrownBy(() -> new TrendResult(valid.series(), valid.alpha(), valid.minimumPoints(),
                    valid.leastSquares(), valid.mannKendall(), valid.theilSen(), valid.changes(), Verdict.DECREASING))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("verdict must be INCREASING for these statistics, was DECREASING");
        }

        @Test
        void rejectsMissingStatistics() {
            // given
            TrendResult valid = analyse(TrendAnalyzerTest.RISING_8);
            // when, then
            assertThatThrownBy(() -> new TrendResult(valid.series(), valid.alpha(), valid.minimumPoints(),
                    Optional.empty(), valid.mannKendall(), valid.theilSen(), valid.changes(), valid.verdict()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("statistics must be present exactly when the series has at least 3 years with data,"
                            + " had 8");
        }

        @Test
        void rejectsStatisticsOfAnotherSeries() {
            // given
            TrendResult valid = analyse(TrendAnalyzerTest.RISING_8);
            TrendResult other = analyse(TrendAnalyzerTest.FALLING_11);
            // when, then
            assertThatThrownBy(() -> new TrendResult(valid.series(), valid.alpha(), valid.minimumPoints(),
                    other.leastSquares(), valid.mannKendall(), valid.theilSen(), valid.changes(), valid.verdict()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("statistics must be computed on the 8 points of the series");
        }

        @Test
        void rejectsChangesOfAnotherPeriod() {
            // given
            TrendResult valid = analyse(TrendAnalyzerTest.RISING_8);
            // when, then
            assertThatThrownBy(() -> new TrendResult(valid.series(), valid.alpha(), valid.minimumPoints(),
                    valid.leastSquares(), valid.mannKendall(), valid.theilSen(),
                    ChangeSummary.of(TrendAnalyzerTest.FALLING_11), valid.verdict()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("changes must cover 2015-2022, was 2014-2024");
        }

        @Test
        void rejectsAlphaOfZero() {
            // given
            TrendResult valid = analyse(TrendAnalyzerTest.RISING_8);
            // when, then
            assertThatThrownBy(() -> new TrendResult(valid.series(), 0, valid.minimumPoints(),
                    valid.leastSquares(), valid.mannKendall(), valid.theilSen(), valid.changes(), valid.verdict()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("alpha must be strictly between 0 and 1, was 0.0");
        }
    }
}
