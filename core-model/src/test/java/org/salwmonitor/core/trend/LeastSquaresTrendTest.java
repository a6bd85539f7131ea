package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeastSquaresTrendTest {

    // jqwik runs properties of the top-level class only, not of @Nested classes
    @Property(tries = 200)
    void agreesWithCommonsMathSimpleRegression(
            @ForAll @Size(min = 3, max = 40) List<@DoubleRange(min = 0, max = 10_000) Double> values) {
        // given
        int[] years = new int[values.size()];
        double[] array = new double[values.size()];
        SimpleRegression reference = new SimpleRegression();
        for (int i = 0; i < years.length; i++) {
            years[i] = 1990 + 2 * i;
            array[i] = values.get(i);
            reference.addData(years[i], array[i]);
        }
        // when
        LeastSquaresTrend fit = LeastSquaresTrend.of(AnnualSeries.of(years, array));
        // then
        if (!LeastSquaresTrend.isConstant(array)) {
            double scale = Math.max(1, Math.abs(reference.getSlope()));
            assertThat(fit.slope()).isCloseTo(reference.getSlope(), within(1e-9 * scale));
            assertThat(fit.slopeStandardError().getAsDouble())
                    .isCloseTo(reference.getSlopeStdErr(), within(1e-7 * Math.max(1, reference.getSlopeStdErr())));
            assertThat(fit.rSquared().getAsDouble()).isCloseTo(reference.getRSquare(), within(1e-9));
            assertThat(fit.pValue().getAsDouble()).isCloseTo(reference.getSignificance(), within(1e-9));
            assertThat(fit.slopeConfidenceHalfWidth().getAsDouble())
                    .isCloseTo(reference.getSlopeConfidenceInterval(), within(1e-6 * Math.max(1, scale)));
        }
    }

    @Nested
    class Computation {

        @Test
        void fitsAPerfectLineWithZeroErrorAndZeroPValue() {
            // when
            LeastSquaresTrend fit = LeastSquaresTrend.of(
                    AnnualSeries.of(new int[] {2020, 2021, 2023, 2024}, new double[] {10, 13, 19, 22}));
            // then
            assertThat(fit.slope()).isCloseTo(3.0, within(1e-12));
            assertThat(fit.intercept().getAsDouble()).isCloseTo(10 - 3.0 * 2020, within(1e-9));
            assertThat(fit.slopeStandardError().getAsDouble()).isCloseTo(0.0, within(1e-12));
            assertThat(fit.pValue().getAsDouble()).isCloseTo(0.0, within(1e-12));
            assertThat(fit.rSquared().getAsDouble()).isCloseTo(1.0, within(1e-12));
        }

        @Test
        void givesTheIntervalAroundTheSlope() {
            // when: rising_8 of the reference vectors
            LeastSquaresTrend fit = LeastSquaresTrend.of(AnnualSeries.of(
                    new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022},
                    new double[] {120, 135, 128, 150, 162, 158, 171, 190}));
            // then
            assertThat(fit.slopeLow95().getAsDouble()).isCloseTo(9.19047619047619 - 2.6066516251169003, within(1e-9));
            assertThat(fit.slopeHigh95().getAsDouble()).isCloseTo(9.19047619047619 + 2.6066516251169003, within(1e-9));
        }

        @Test
        void leavesEverythingButTheSlopeUndefinedForAConstantSeries() {
            // when
            LeastSquaresTrend fit = LeastSquaresTrend.of(
                    AnnualSeries.of(new int[] {2020, 2021, 2022}, new double[] {0.1, 0.1, 0.1}));
            // then
            assertThat(fit.slope()).isZero();
            assertThat(fit.intercept()).isEmpty();
            assertThat(fit.slopeStandardError()).isEmpty();
            assertThat(fit.slopeLow95()).isEmpty();
            assertThat(fit.slopeHigh95()).isEmpty();
            assertThat(fit.pValue()).isEmpty();
            assertThat(fit.rSquared()).isEmpty();
        }

        @Test
        void rejectsTwoPoints() {
            assertThatThrownBy(() -> LeastSquaresTrend.of(
                    AnnualSeries.of(new int[] {2020, 2021}, new double[] {1, 2})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("series must have at least 3 years with data for a least-squares trend, had 2");
        }
    }

    @Nested
    class Validation {

        private final OptionalDouble one = OptionalDouble.of(1);

        @Test
        void rejectsTooFewPoints() {
            assertThatThrownBy(() -> new LeastSquaresTrend(2, 1, one, one, one, one, one))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("n must be at least 3, was 2");
        }

        @Test
        void rejectsNegativeStandardError() {
            assertThatThrownBy(() -> new LeastSquaresTrend(5, 1, one, OptionalDouble.of(-1), one, one, one))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("slopeStandardError must be a finite number not below zero, was -1.0");
        }

        @Test
        void rejectsPValueAboveOne() {
            assertThatThrownBy(() -> new LeastSquaresTrend(5, 1, one, one, one, OptionalDouble.of(1.2), one))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pValue must be between 0 and 1, was 1.2");
        }

        @Test
        void rejectsNaNIntercept() {
            assertThatThrownBy(() -> new LeastSquaresTrend(5, 1, OptionalDouble.of(Double.NaN), one, one, one, one))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("intercept must be finite when defined, was NaN");
        }

        @Test
        void rejectsInfiniteSlope() {
            assertThatThrownBy(() -> new LeastSquaresTrend(5, Double.POSITIVE_INFINITY, one, one, one, one, one))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("slope must be finite, was Infinity");
        }
    }
}
