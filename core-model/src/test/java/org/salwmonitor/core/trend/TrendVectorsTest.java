package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces every figure of the reference vectors {@code trends.csv} (SciPy 1.17; a copy of
 * shared/test-vectors/trends.csv kept in the test resources): relative error below 1e-6, an exact zero
 * within 1e-9, and an empty cell as an undefined figure.
 */
class TrendVectorsTest {

    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double ZERO_TOLERANCE = 1e-9;
    private static final List<String> INPUT_COLUMNS = List.of("series", "years", "values", "n");

    /** Every figure column of the file and where the analysis reports it. */
    private static final Map<String, Function<TrendResult, OptionalDouble>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("ols_slope", r -> OptionalDouble.of(r.leastSquares().orElseThrow().slope()));
        FIGURES.put("ols_intercept", r -> r.leastSquares().orElseThrow().intercept());
        FIGURES.put("ols_slope_se", r -> r.leastSquares().orElseThrow().slopeStandardError());
        FIGURES.put("ols_slope_ci95_half", r -> r.leastSquares().orElseThrow().slopeConfidenceHalfWidth());
        FIGURES.put("ols_p", r -> r.leastSquares().orElseThrow().pValue());
        FIGURES.put("r_squared", r -> r.leastSquares().orElseThrow().rSquared());
        FIGURES.put("mk_s", r -> OptionalDouble.of(r.mannKendall().orElseThrow().s()));
        FIGURES.put("mk_var_s", r -> OptionalDouble.of(r.mannKendall().orElseThrow().varianceS()));
        FIGURES.put("mk_z", r -> OptionalDouble.of(r.mannKendall().orElseThrow().z()));
        FIGURES.put("mk_p_normal", r -> OptionalDouble.of(r.mannKendall().orElseThrow().pNormal()));
        FIGURES.put("kendall_tau_b", r -> r.mannKendall().orElseThrow().tauB());
        FIGURES.put("mk_p_exact", r -> r.mannKendall().orElseThrow().pExact());
        FIGURES.put("sen_slope", r -> OptionalDouble.of(r.theilSen().orElseThrow().slope()));
        FIGURES.put("sen_slope_low95", r -> OptionalDouble.of(r.theilSen().orElseThrow().low95()));
        FIGURES.put("sen_slope_high95", r -> OptionalDouble.of(r.theilSen().orElseThrow().high95()));
        FIGURES.put("pct_change_first_last", r -> r.changes().percentChange());
        FIGURES.put("cagr_pct", r -> r.changes().cagrPercent());
    }

    @Test
    void checksEveryColumnOfTheFile() {
        // given
        List<String> header = read().get(0);
        // when
        List<String> figureColumns = header.subList(INPUT_COLUMNS.size(), header.size());
        // then
        assertThat(header.subList(0, INPUT_COLUMNS.size())).isEqualTo(INPUT_COLUMNS);
        assertThat(figureColumns).containsExactlyInAnyOrderElementsOf(FIGURES.keySet());
    }

    @Test
    void holdsTheTenReferenceSeries() {
        assertThat(vectors()).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesEveryFigure(String name, AnnualSeries series, Map<String, String> cells) {
        // when
        TrendResult result = TrendAnalyzer.defaults().analyze(series);
        // then
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(series.size()).as("n").isEqualTo(Integer.parseInt(cells.get("n")));
        FIGURES.forEach((column, figure) -> {
            String expected = cells.get(column);
            OptionalDouble actual = figure.apply(result);
            if (expected.isEmpty()) {
                softly.assertThat(actual).as(name + " " + column + " must be undefined").isEmpty();
            } else {
                softly.assertThat(actual).as(name + " " + column + " must be defined").isPresent();
                actual.ifPresent(value -> softly.assertThat(matches(Double.parseDouble(expected), value))
                        .as(name + " " + column + ": expected " + expected + ", was " + value).isTrue());
            }
        });
        MannKendallTest test = result.mannKendall().orElseThrow();
        softly.assertThat(test.method()).as(name + " method")
                .isEqualTo(cells.get("mk_p_exact").isEmpty() ? PValueMethod.NORMAL : PValueMethod.EXACT);
        softly.assertAll();
    }

    @Nested
    class Tolerance {

        @ParameterizedTest
        @CsvSource({
                "9.19047619047619, 9.19047619047619, true",
                "9.19047619047619, 9.19048, true",
                "9.19047619047619, 9.19049, false",
                "1.0565755978179381e-20, 1.0565765e-20, true",
                "1.0565755978179381e-20, 1.0566e-20, false",
                "0.0, 1e-10, true",
                "0.0, 1e-8, false",
                "-51, 51, false"})
        void rejectsAnyDriftAboveOnePartPerMillion(double expected, double actual, boolean matches) {
            assertThat(matches(expected, actual)).isEqualTo(matches);
        }
    }

    static boolean matches(double expected, double actual) {
        if (expected == 0) {
            return Math.abs(actual) <= ZERO_TOLERANCE;
        }
        return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.abs(expected);
    }

    static List<Arguments> vectors() {
        List<List<String>> rows = read();
        List<String> header = rows.get(0);
        List<Arguments> vectors = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.get(i));
            }
            int[] years = Arrays.stream(cells.get("years").split(" ")).mapToInt(Integer::parseInt).toArray();
            double[] values = Arrays.stream(cells.get("values").split(" ")).mapToDouble(Double::parseDouble).toArray();
            vectors.add(Arguments.of(cells.get("series"),
                    AnnualSeries.of(years, values), cells));
        }
        return vectors;
    }

    private static List<List<String>> read() {
        try (InputStream in = TrendVectorsTest.class.getResourceAsStream("trends.csv")) {
            assertThat(in).as("trends.csv in the test resources").isNotNull();
            List<List<String>> rows = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        rows.add(List.of(line.split(",", -1)));
                    }
                }
            }
            int width = rows.get(0).size();
            rows.forEach(row -> assertThat(row).as("a row of trends.csv").hasSize(width));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
