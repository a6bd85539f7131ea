package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KZ;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.statistics.Indicator;

class StateYearCompletenessTest {

    private static final ExpectedSeries SENT = ExpectedSeries.of(Indicator.TRACE_REQUESTS_SENT);
    private static final ExpectedSeries ANSWERED = ExpectedSeries.of(Indicator.TRACE_REQUESTS_ANSWERED);
    private static final ExpectedSeries CASES = ExpectedSeries.of(Indicator.TRAFFICKING_CASES);
    private static final ExpectedSeries CONVICTED = ExpectedSeries.of(Indicator.PERSONS_CONVICTED);

    @Test
    void countsExpectedAndReceived() {
        // given
        StateYearCompleteness row = new StateYearCompleteness(KZ, 2021, List.of(SENT, ANSWERED), List.of(CASES),
                List.of(CONVICTED));
        // then
        assertThat(row.expected()).isEqualTo(4);
        assertThat(row.received()).isEqualTo(3);
        assertThat(row.receivedRate()).hasValue(0.75);
        assertThat(row.valueRate()).hasValue(0.5);
    }

    @Test
    void hasNoRatesWhenNothingIsExpected() {
        // given
        StateYearCompleteness row = new StateYearCompleteness(KZ, 2021, List.of(), List.of(), List.of());
        // then
        assertThat(row.receivedRate()).isEmpty();
        assertThat(row.valueRate()).isEmpty();
    }

    @Test
    void rejectsASeriesInTwoLists() {
        assertThatThrownBy(() -> new StateYearCompleteness(KZ, 2021, List.of(SENT), List.of(), List.of(SENT)))
                .hasMessage("withValue, receivedMissing and absent must be disjoint, was"
                        + " [TRACE_REQUESTS_SENT._T._T._T._T], [] and [TRACE_REQUESTS_SENT._T._T._T._T] for KZ 2021");
    }

    @Test
    void rejectsYearOutOfRange() {
        assertThatThrownBy(() -> new StateYearCompleteness(KZ, 1800, List.of(), List.of(), List.of()))
                .hasMessage("year must be between 1900 and 2100, was 1800");
    }

    @Test
    void rejectsNullState() {
        assertThatThrownBy(() -> new StateYearCompleteness(null, 2021, List.of(), List.of(), List.of()))
                .hasMessage("state must not be null");
    }
}
