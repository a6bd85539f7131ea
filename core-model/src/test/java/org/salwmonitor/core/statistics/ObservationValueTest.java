package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ObservationValueTest {

    @Nested
    class Count {

        @Test
        void holdsANonNegativeCount() {
            // when
            ObservationValue value = ObservationValue.count(12);
            // then
            assertThat(value.isMissing()).isFalse();
            assertThat(value.asLong()).hasValue(12);
            assertThat(value).hasToString("12");
            assertThat(ObservationValue.count(0).asLong()).hasValue(0);
        }

        @Test
        void rejectsNegativeCount() {
            assertThatThrownBy(() -> ObservationValue.count(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value must not be negative, was -1");
        }
    }

    @Nested
    class Missing {

        @ParameterizedTest
        @EnumSource(value = ObservationStatus.class, names = {"MISSING_NOT_COLLECTED", "MISSING_CANNOT_EXIST",
            "MISSING", "SUPPRESSED"})
        void holdsAMissingReasonAndNoNumber(ObservationStatus reason) {
            // when
            ObservationValue value = ObservationValue.missing(reason);
            // then
            assertThat(value.isMissing()).isTrue();
            assertThat(value.asLong()).isEmpty();
            assertThat(value).isNotEqualTo(ObservationValue.count(0));
            assertThat(value).hasToString("missing (" + reason.sdmxCode() + ")");
        }

        @ParameterizedTest
        @EnumSource(value = ObservationStatus.class, names = {"NORMAL", "PROVISIONAL", "ESTIMATED", "BREAK"})
        void rejectsAStatusThatIsNotMissing(ObservationStatus reason) {
            assertThatThrownBy(() -> ObservationValue.missing(reason))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("reason must be a missing status (L, M, O or Q), was " + reason + " ("
                            + reason.sdmxCode() + ")");
        }

        @Test
        void rejectsNullReason() {
            assertThatThrownBy(() -> ObservationValue.missing(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("reason must not be null");
        }
    }
}
