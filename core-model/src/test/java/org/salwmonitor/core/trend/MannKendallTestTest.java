package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MannKendallTestTest {

    private static AnnualSeries series(double... values) {
        int[] years = IntStream.range(0, values.length).map(i -> 1995 + i).toArray();
        return AnnualSeries.of(years, values);
    }

    @Nested
    class Computation {

        @Test
        void usesTheExactDistributionWithoutTies() {
            // when: rising_8 of the reference vectors
            MannKendallTest test = MannKendallTest.of(series(120, 135, 128, 150, 162, 158, 171, 190));
            // then
            assertThat(test.s()).isEqualTo(24);
            assertThat(test.method()).isEqualTo(PValueMethod.EXACT);
            assertThat(test.pValue()).isCloseTo(70.0 / 40320, within(1e-15));
            assertThat(test.pValue()).isEqualTo(test.pExact().getAsDouble());
        }

        @Test
        void usesTheNormalApproximationWithTies() {
            // when
            MannKendallTest test = MannKendallTest.of(series(12, 14, 14, 13, 17, 17, 17, 20, 19, 22));
            // then
            assertThat(test.method()).isEqualTo(PValueMethod.NORMAL);
            assertThat(test.pExact()).isEmpty();
            assertThat(test.pValue()).isEqualTo(test.pNormal());
            assertThat(test.varianceS()).isCloseTo((2250 - 18 - 66) / 18.0, within(1e-12));
        }

        @Test
        void usesTheNormalApproximationAboveThirtyPoints() {
            // given
            double[] thirty = IntStream.range(0, 30).mapToDouble(i -> i * 1.5 + (i % 3)).toArray();
            double[] thirtyOne = IntStream.range(0, 31).mapToDouble(i -> i * 1.5 + (i % 3)).toArray();
            // when, then
            assertThat(MannKendallTest.of(series(thirty)).method()).isEqualTo(PValueMethod.EXACT);
            assertThat(MannKendallTest.of(series(thirtyOne)).method()).isEqualTo(PValueMethod.NORMAL);
        }

        @Test
        void ignoresMissingYearsExceptForTheirAbsence() {
            // given
            AnnualSeries withGap = AnnualSeries.of(new int[] {2010, 2011, 2015, 2016, 2017},
                    new double[] {1, 3, 2, 5, 4});
            // when
            MannKendallTest test = MannKendallTest.of(withGap);
            // then
            assertThat(test).isEqualTo(MannKendallTest.of(series(1, 3, 2, 5, 4)));
        }

        @Test
        void reportsNoTrendAndNoTauForConstantSeries() {
            // when
            MannKendallTest test = MannKendallTest.of(series(5, 5, 5, 5));
            // then
            assertThat(test.s()).isZero();
            assertThat(test.varianceS()).isZero();
            assertThat(test.z()).isZero();
            assertThat(test.pValue()).isEqualTo(1.0);
            assertThat(test.tauB()).isEmpty();
        }

        @Test
        void rejectsSingleYear() {
            assertThatThrownBy(() -> MannKendallTest.of(series(5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("series must have at least 2 years with data for a Mann-Kendall test, had 1");
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsMethodThatDoesNotMatchTheExactPValue() {
            assertThatThrownBy(() -> new MannKendallTest(5, 8, 50.0 / 3, 1.7, 0.086, OptionalDouble.empty(),
                    OptionalDouble.of(0.8), PValueMethod.EXACT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method must be EXACT exactly when pExact is defined, was EXACT with pExact "
                            + "OptionalDouble.empty");
        }

        @Test
        void rejectsImpossibleS() {
            assertThatThrownBy(() -> new MannKendallTest(5, 11, 50.0 / 3, 1.7, 0.086, OptionalDouble.empty(),
                    OptionalDouble.of(0.8), PValueMethod.NORMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("s must be between -10 and 10, was 11");
        }

        @Test
        void rejectsPValueAboveOne() {
            assertThatThrownBy(() -> new MannKendallTest(5, 8, 50.0 / 3, 1.7, 1.5, OptionalDouble.empty(),
                    OptionalDouble.of(0.8), PValueMethod.NORMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pNormal must be between 0 and 1, was 1.5");
        }

        @Test
        void rejectsNaNTau() {
            assertThatThrownBy(() -> new MannKendallTest(5, 8, 50.0 / 3, 1.7, 0.086, OptionalDouble.empty(),
                    OptionalDouble.of(Double.NaN), PValueMethod.NORMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tauB must be finite when defined, was NaN");
        }

        @Test
        void rejectsTooFewPoints() {
            assertThatThrownBy(() -> new MannKendallTest(1, 0, 0, 0, 1, OptionalDouble.empty(),
                    OptionalDouble.empty(), PValueMethod.NORMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("n must be at least 2, was 1");
        }
    }
}
