package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceOutcomeTest {

    @Test
    void establishedHasAPointOfDiversion() {
        // when
        TraceOutcome outcome = TraceOutcome.established(PointOfDiversion.STATE_STOCKPILE_LOSS);
        // then
        assertThat(outcome.illicitOrigin()).isEqualTo(IllicitOriginFinding.ESTABLISHED);
        assertThat(outcome.pointOfDiversion()).isEqualTo(PointOfDiversion.STATE_STOCKPILE_LOSS);
        assertThat(outcome.isEstablished()).isTrue();
    }

    @Test
    void unknownAndNotEstablishedHaveNoPointOfDiversion() {
        assertThat(TraceOutcome.unknown().illicitOrigin()).isEqualTo(IllicitOriginFinding.UNKNOWN);
        assertThat(TraceOutcome.unknown().pointOfDiversion()).isEqualTo(PointOfDiversion.UNKNOWN);
        assertThat(TraceOutcome.unknown().isEstablished()).isFalse();
        assertThat(TraceOutcome.notEstablished().illicitOrigin()).isEqualTo(IllicitOriginFinding.NOT_ESTABLISHED);
        assertThat(TraceOutcome.notEstablished().pointOfDiversion()).isEqualTo(PointOfDiversion.UNKNOWN);
        assertThat(TraceOutcome.notEstablished().isEstablished()).isFalse();
    }

    @Nested
    class Rejection {

        @Test
        void rejectsEstablishedWithoutPointOfDiversion() {
            assertThatThrownBy(() -> TraceOutcome.established(PointOfDiversion.UNKNOWN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pointOfDiversion must be known when the illicit origin is established, was UNKNOWN");
        }

        @ParameterizedTest
        @CsvSource({"NOT_ESTABLISHED, THEFT_FROM_CIVILIAN", "UNKNOWN, OTHER"})
        void rejectsAPointOfDiversionWithoutEstablishedOrigin(IllicitOriginFinding finding, PointOfDiversion point) {
            assertThatThrownBy(() -> new TraceOutcome(finding, point))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pointOfDiversion must be UNKNOWN when the illicit origin is " + finding + ", was "
                            + point);
        }

        @Test
        void rejectsMissingFinding() {
            assertThatThrownBy(() -> new TraceOutcome(null, PointOfDiversion.UNKNOWN))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("illicitOrigin must not be null");
        }

        @Test
        void rejectsMissingPointOfDiversion() {
            assertThatThrownBy(() -> TraceOutcome.established(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("pointOfDiversion must not be null");
        }
    }
}
