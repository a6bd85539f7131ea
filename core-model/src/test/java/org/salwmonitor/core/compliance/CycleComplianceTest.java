package org.salwmonitor.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingCycle;
import org.salwmonitor.core.law.ReportingObligation;

class CycleComplianceTest {

    private static final Country KZ = Country.of("KZ");
    private static final ReportingObligation ANNUAL = ReportingObligation.of("ATT_ANNUAL");
    private static final ReportingCycle CYCLE = new ReportingCycle(ANNUAL, 2018, LocalDate.of(2018, 12, 31),
            LocalDate.of(2019, 5, 31));
    private static final Optional<ReportSubmission> SUBMISSION = Optional.of(new ReportSubmission(KZ, ANNUAL, 2018,
            LocalDate.of(2019, 6, 10), ReportVisibility.PUBLIC, "synthetic"));

    @Test
    void recordsALateReportWithItsDaysLate() {
        // when
        CycleCompliance late = new CycleCompliance(KZ, CYCLE, ComplianceStatus.LATE, SUBMISSION, 10);
        // then
        assertThat(late.daysLate()).isEqualTo(10);
    }

    @Test
    void rejectsLateWithoutDaysLate() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, ComplianceStatus.LATE, SUBMISSION, 0))
                .hasMessage("daysLate must be positive exactly when status is LATE, was 0 with LATE");
    }

    @Test
    void rejectsDaysLateOnATimelyReport() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, ComplianceStatus.ON_TIME, SUBMISSION, 3))
                .hasMessage("daysLate must be positive exactly when status is LATE, was 3 with ON_TIME");
    }

    @Test
    void rejectsOnTimeWithoutSubmission() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, ComplianceStatus.ON_TIME, Optional.empty(), 0))
                .hasMessage("submission must be present for status ON_TIME, was empty");
    }

    @Test
    void rejectsMissingWithSubmission() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, ComplianceStatus.MISSING, SUBMISSION, 0))
                .hasMessageStartingWith("submission must be empty for status MISSING, was ReportSubmission[");
    }

    @Test
    void rejectsNegativeDaysLate() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, ComplianceStatus.MISSING, Optional.empty(), -1))
                .hasMessage("daysLate must not be negative, was -1");
    }

    @Test
    void rejectsNullStatus() {
        assertThatThrownBy(() -> new CycleCompliance(KZ, CYCLE, null, Optional.empty(), 0))
                .hasMessage("status must not be null");
    }
}
