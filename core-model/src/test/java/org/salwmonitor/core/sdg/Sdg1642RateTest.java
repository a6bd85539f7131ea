package org.salwmonitor.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.geo.Country;

class Sdg1642RateTest {

    private static final Country KZ = Country.of("KZ");

    @Nested
    class Available {

        @Test
        void isHundredTimesNumeratorOverDenominator() {
            // given
            Sdg1642Rate rate = Sdg1642Rate.of(KZ, 2021, 30, 120);
            // then
            assertThat(rate.status()).isEqualTo(Sdg1642Status.AVAILABLE);
            assertThat(rate.reason()).isEmpty();
            assertThat(rate.percent()).hasValue(25.0);
            assertThat(rate).hasToString("KZ 2021: 30/120 = 25.0%");
        }

        @ParameterizedTest
        @CsvSource({"0, 10, 0.0", "10, 10, 100.0", "1, 3, 33.333333333333336"})
        void coversTheBounds(long numerator, long denominator, double percent) {
            assertThat(Sdg1642Rate.of(KZ, 2021, numerator, denominator).percent()).hasValue(percent);
        }
    }

    @Nested
    class NotAvailable {

        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {
                "null, 10, NUMERATOR_MISSING",
                "5, null, DENOMINATOR_MISSING",
                "null, null, DENOMINATOR_MISSING",
                "0, 0, ZERO_DENOMINATOR",
                "3, 0, ZERO_DENOMINATOR",
                "null, 0, ZERO_DENOMINATOR",
                "11, 10, NUMERATOR_EXCEEDS_DENOMINATOR"})
        void givesTheReasonAndNoPercent(Long numerator, Long denominator, NotAvailableReason reason) {
            // given
            Sdg1642Rate rate = new Sdg1642Rate(KZ, 2021, optional(numerator), optional(denominator));
            // then
            assertThat(rate.status()).isEqualTo(Sdg1642Status.NOT_AVAILABLE);
            assertThat(rate.reason()).contains(reason);
            assertThat(rate.percent()).isEmpty();
            assertThat(rate).hasToString("KZ 2021: not available (" + reason + ")");
        }

        @Test
        void isTheSameThroughTheFactoryOfDirectInputs() {
            // when
            Sdg1642Rate rate = Sdg1642.rate(KZ, 2021, OptionalLong.of(0), OptionalLong.empty());
            // then
            assertThat(rate.reason()).contains(NotAvailableReason.ZERO_DENOMINATOR);
            assertThat(rate.numerator()).isEmpty();
            assertThat(rate.denominator()).hasValue(0);
        }

        private OptionalLong optional(Long value) {
            return value == null ? OptionalLong.empty() : OptionalLong.of(value);
        }
    }

    @Nested
    class Invalid {

        @Test
        void rejectsNegativeNumerator() {
            assertThatThrownBy(() -> Sdg1642Rate.of(KZ, 2021, -1, 10))
                    .hasMessage("numerator must not be negative, was -1");
        }

        @Test
        void rejectsNegativeDenominator() {
            assertThatThrownBy(() -> Sdg1642Rate.of(KZ, 2021, 1, -10))
                    .hasMessage("denominator must not be negative, was -10");
        }

        @Test
        void rejectsYearOutOfRange() {
            assertThatThrownBy(() -> Sdg1642Rate.of(KZ, 2301, 1, 10))
                    .hasMessage("year must be between 1900 and 2100, was 2301");
        }

        @Test
        void rejectsNullCountry() {
            assertThatThrownBy(() -> Sdg1642Rate.of(null, 2021, 1, 10)).hasMessage("country must not be null");
        }

        @Test
        void rejectsNullNumerator() {
            assertThatThrownBy(() -> new Sdg1642Rate(KZ, 2021, null, OptionalLong.of(1)))
                    .hasMessage("numerator must not be null");
        }
    }
}
