package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;

class ReportSubmissionTest {

    private static final Country KZ = Country.of("KZ");
    private static final ReportingObligation ANNUAL = ReportingObligation.of("ATT_ANNUAL");

    @Test
    void recordsASubmission() {
        // when
        ReportSubmission submission = new ReportSubmission(KZ, ANNUAL, 2018, LocalDate.of(2019, 5, 30),
                ReportVisibility.PUBLIC, " synthetic ");
        // then
        assertThat(submission.source()).isEqualTo("synthetic");
    }

    @Test
    void rejectsCycleYearOutOfRange() {
        assertThatThrownBy(() -> new ReportSubmission(KZ, ANNUAL, 2101, LocalDate.of(2019, 5, 30),
                ReportVisibility.PUBLIC, "s"))
                .hasMessage("cycleYear must be between 1900 and 2100, was 2101");
    }

    @Test
    void rejectsNullSubmissionDate() {
        assertThatThrownBy(() -> new ReportSubmission(KZ, ANNUAL, 2018, null, ReportVisibility.PUBLIC, "s"))
                .hasMessage("submitted must not be null");
    }

    @Test
    void rejectsNullVisibility() {
        assertThatThrownBy(() -> new ReportSubmission(KZ, ANNUAL, 2018, LocalDate.of(2019, 5, 30), null, "s"))
                .hasMessage("visibility must not be null");
    }

    @Test
    void rejectsBlankSource() {
        assertThatThrownBy(() -> new ReportSubmission(KZ, ANNUAL, 2018, LocalDate.of(2019, 5, 30),
                ReportVisibility.UNKNOWN, " "))
                .hasMessage("source must not be blank, was ' '");
    }
}
