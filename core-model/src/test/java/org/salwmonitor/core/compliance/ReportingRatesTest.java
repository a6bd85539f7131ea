package org.salwmonitor.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingRatesTest {

    @Test
    void dividesByTheExpectedReports() {
        // given
        ReportingRates rates = new ReportingRates(4, 3, 1, 2, 1);
        // then
        assertThat(rates.submissionRate()).hasValue(0.75);
        assertThat(rates.onTimeRate()).hasValue(0.25);
        assertThat(rates.publicShare()).hasValue(2.0 / 3);
    }

    @Test
    void ratesAreAbsentNotZeroWhenNothingWasExpected() {
        // given
        ReportingRates rates = ReportingRates.of(List.of());
        // then
        assertThat(rates.expected()).isZero();
        assertThat(rates.submissionRate()).isEmpty();
        assertThat(rates.onTimeRate()).isEmpty();
        assertThat(rates.publicShare()).isEmpty();
    }

    @Test
    void rejectsMoreSubmittedThanExpected() {
        assertThatThrownBy(() -> new ReportingRates(2, 3, 0, 0, 0))
                .hasMessage("submitted must be between 0 and 2, was 3");
    }

    @Test
    void rejectsMoreOnTimeThanSubmitted() {
        assertThatThrownBy(() -> new ReportingRates(3, 1, 2, 0, 0))
                .hasMessage("onTime must be between 0 and 1, was 2");
    }

    @Test
    void rejectsMoreKnownVisibilitiesThanSubmissions() {
        assertThatThrownBy(() -> new ReportingRates(3, 2, 1, 2, 1))
                .hasMessage("publicReports + privateReports must be at most submitted 2, was 3");
    }

    @Test
    void rejectsNegativeExpected() {
        assertThatThrownBy(() -> new ReportingRates(-1, 0, 0, 0, 0))
                .hasMessage("expected must not be negative, was -1");
    }
}
