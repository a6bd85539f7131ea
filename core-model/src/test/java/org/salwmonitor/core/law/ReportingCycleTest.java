package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingCycleTest {

    private static final ReportingObligation ANNUAL = ReportingObligation.of("ATT_ANNUAL");

    @Test
    void labelsTheCycle() {
        // when
        ReportingCycle cycle = new ReportingCycle(ANNUAL, 2018, LocalDate.of(2018, 12, 31), LocalDate.of(2019, 5, 31));
        // then
        assertThat(cycle.label()).isEqualTo("ATT_ANNUAL 2018");
    }

    @Test
    void rejectsDueDateBeforePeriodEnd() {
        assertThatThrownBy(() -> new ReportingCycle(ANNUAL, 2018, LocalDate.of(2018, 12, 31),
                LocalDate.of(2018, 5, 31)))
                .hasMessage("dueDate must not be before periodEnd 2018-12-31, was 2018-05-31");
    }

    @Test
    void rejectsYearOutOfRange() {
        assertThatThrownBy(() -> new ReportingCycle(ANNUAL, 1899, LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 5, 31)))
                .hasMessage("year must be between 1900 and 2100, was 1899");
    }

    @Test
    void rejectsNullObligation() {
        assertThatThrownBy(() -> new ReportingCycle(null, 2018, LocalDate.of(2018, 12, 31), LocalDate.of(2019, 5, 31)))
                .hasMessage("obligation must not be null");
    }
}
