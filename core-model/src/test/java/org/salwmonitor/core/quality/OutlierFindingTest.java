package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutlierFindingTest {

    @Test
    void holdsTheNumbersOfAFinding() {
        // given
        OutlierFinding finding = new OutlierFinding(2, 1.0, OutlierMethod.MODIFIED_Z, 12, 1, false, -7.4, 3.5, 6.8,
                17.2);
        // then
        assertThat(finding.isHigh()).isFalse();
        assertThat(finding.lower()).isEqualTo(6.8);
    }

    @Test
    void rejectsBoundsThatDoNotBracketTheCentre() {
        assertThatThrownBy(() -> new OutlierFinding(0, 40, OutlierMethod.MODIFIED_Z, 12, 1, false, 15, 3.5, 13, 17))
                .hasMessage("lower, centre and upper must be in order, was 13.0, 12.0, 17.0");
    }

    @Test
    void rejectsAZeroSpread() {
        assertThatThrownBy(() -> new OutlierFinding(0, 40, OutlierMethod.MODIFIED_Z, 12, 0, false, 15, 3.5, 6, 17))
                .hasMessage("spread must be positive and finite, was 0.0");
    }

    @Test
    void rejectsTheMadFallbackForTheZScore() {
        assertThatThrownBy(() -> new OutlierFinding(0, 40, OutlierMethod.Z_SCORE, 12, 1, true, 15, 3, 6, 17))
                .hasMessage("madWasZero must be false for method Z_SCORE, was true");
    }

    @Test
    void rejectsANegativeIndex() {
        assertThatThrownBy(() -> new OutlierFinding(-1, 40, OutlierMethod.Z_SCORE, 12, 1, false, 15, 3, 6, 17))
                .hasMessage("index must not be negative, was -1");
    }

    @Test
    void rejectsAnInfiniteScore() {
        assertThatThrownBy(() -> new OutlierFinding(0, 40, OutlierMethod.Z_SCORE, 12, 1, false,
                Double.POSITIVE_INFINITY, 3, 6, 17)).hasMessage("score must be a finite number, was Infinity");
    }
}
