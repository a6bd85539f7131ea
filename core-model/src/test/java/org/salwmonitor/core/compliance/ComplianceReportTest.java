package org.salwmonitor.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.ActionType;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ParticipationAction;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;

class ComplianceReportTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country KG = Country.of("KG");
    private static final Instrument ATT = Instrument.of("ATT");
    private static final ReportingObligation ANNUAL = ReportingObligation.of("ATT_ANNUAL");
    private static final ReportingObligation INITIAL = ReportingObligation.of("ATT_INITIAL");
    private static final Participation KZ_ATT = Participation.reference(KZ, ATT);

    /** Synthetic submission: these are not real reporting records. */
    private static ReportSubmission report(Country state, ReportingObligation obligation, int year, LocalDate day,
            ReportVisibility visibility) {
        return new ReportSubmission(state, obligation, year, day, visibility, "synthetic test data");
    }

    private static Map<Integer, CycleCompliance> byYear(ComplianceReport report, ReportingObligation obligation) {
        return report.cycles().stream()
                .filter(row -> row.cycle().obligation().equals(obligation))
                .collect(Collectors.toMap(row -> row.cycle().year(), row -> row));
    }

    @Nested
    class Statuses {

        private final ComplianceReport report = ComplianceReport.assess(List.of(KZ_ATT), List.of(ANNUAL),
                List.of(report(KZ, ANNUAL, 2016, LocalDate.of(2017, 5, 1), ReportVisibility.PUBLIC),
                        report(KZ, ANNUAL, 2018, LocalDate.of(2019, 5, 31), ReportVisibility.PUBLIC),
                        report(KZ, ANNUAL, 2019, LocalDate.of(2020, 6, 15), ReportVisibility.PRIVATE),
                        report(KZ, ANNUAL, 2019, LocalDate.of(2020, 7, 1), ReportVisibility.PUBLIC),
                        report(KZ, ANNUAL, 2021, LocalDate.of(2023, 1, 1), ReportVisibility.PUBLIC)),
                2015, 2021, LocalDate.of(2022, 3, 1));
        private final Map<Integer, CycleCompliance> rows = byYear(report, ANNUAL);

        @Test
        void cyclesBeforeEntryIntoForceAreNotBoundEvenWithAReport() {
            assertThat(rows.get(2015).status()).isEqualTo(ComplianceStatus.NOT_BOUND);
            assertThat(rows.get(2016).status()).isEqualTo(ComplianceStatus.NOT_BOUND);
            assertThat(rows.get(2016).submission()).isPresent();
            assertThat(rows.get(2017).status()).isEqualTo(ComplianceStatus.NOT_BOUND);
        }

        @Test
        void reportOnTheDueDateIsOnTime() {
            assertThat(rows.get(2018).status()).isEqualTo(ComplianceStatus.ON_TIME);
            assertThat(rows.get(2018).daysLate()).isZero();
        }

        @Test
        void lateReportCountsItsDaysFromTheEarliestSubmission() {
            assertThat(rows.get(2019).status()).isEqualTo(ComplianceStatus.LATE);
            assertThat(rows.get(2019).daysLate()).isEqualTo(15);
        }

        @Test
        void noReportAfterTheDeadlineIsMissing() {
            assertThat(rows.get(2020).status()).isEqualTo(ComplianceStatus.MISSING);
        }

        @Test
        void noReportBeforeTheDeadlineIsNotYetDueAndAReportAfterAsOfIsIgnored() {
            assertThat(rows.get(2021).status()).isEqualTo(ComplianceStatus.NOT_YET_DUE);
            assertThat(rows.get(2021).submission()).isEmpty();
        }

        @Test
        void ratesCountOnlyBoundCyclesWhoseDeadlinePassed() {
            // when
            ReportingRates rates = report.rates(KZ);
            // then: 2018 on time, 2019 late, 2020 missing
            assertThat(rates.expected()).isEqualTo(3);
            assertThat(rates.submissionRate()).hasValue(2.0 / 3);
            assertThat(rates.onTimeRate()).hasValue(1.0 / 3);
            assertThat(rates.publicShare()).hasValue(0.5);
        }
    }

    @Test
    void stateNotVerifiedToBeBoundIsLeftOutOfTheRates() {
        // given
        Participation kg = Participation.reference(KG, ATT);
        // when
        ComplianceReport report = ComplianceReport.assess(List.of(kg), List.of(ANNUAL),
                List.of(report(KG, ANNUAL, 2019, LocalDate.of(2020, 5, 1), ReportVisibility.PUBLIC)),
                2015, 2020, LocalDate.of(2022, 1, 1));
        // then
        assertThat(report.cycles()).extracting(CycleCompliance::status).containsOnly(ComplianceStatus.NOT_VERIFIED);
        assertThat(report.rates(KG).submissionRate()).isEmpty();
    }

    @Test
    void initialReportIsMatchedWhateverItsCycleYear() {
        // when
        ComplianceReport report = ComplianceReport.assess(List.of(KZ_ATT), List.of(INITIAL),
                List.of(report(KZ, INITIAL, 2019, LocalDate.of(2019, 3, 10), ReportVisibility.UNKNOWN)),
                2015, 2022, LocalDate.of(2022, 1, 1));
        // then
        assertThat(report.cycles()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(ComplianceStatus.LATE);
            assertThat(row.daysLate()).isEqualTo(2);
        });
        assertThat(report.rates(KZ).publicShare()).isEmpty();
    }

    @Nested
    class MidSeriesJoiner {

        /** KZ joined the ATT in 2018 and reported every year it was bound, on time. */
        private final List<ReportSubmission> everyYear = List.of(
                report(KZ, ANNUAL, 2018, LocalDate.of(2019, 5, 1), ReportVisibility.PUBLIC),
                report(KZ, ANNUAL, 2019, LocalDate.of(2020, 5, 1), ReportVisibility.PUBLIC),
                report(KZ, ANNUAL, 2020, LocalDate.of(2021, 5, 1), ReportVisibility.PUBLIC),
                report(KZ, ANNUAL, 2021, LocalDate.of(2022, 5, 1), ReportVisibility.PUBLIC),
                report(KZ, ANNUAL, 2022, LocalDate.of(2023, 5, 1), ReportVisibility.PUBLIC));

        @Test
        void cycles2015To2017AreExcludedFromTheDenominator() {
            // when
            ComplianceReport report = ComplianceReport.assess(List.of(KZ_ATT), List.of(ANNUAL), everyYear,
                    2015, 2022, LocalDate.of(2024, 1, 1));
            // then
            assertThat(byYear(report, ANNUAL)).hasSize(8);
            assertThat(report.rates(KZ).expected()).isEqualTo(5);
            assertThat(report.rates(KZ).submissionRate()).hasValue(1.0);
            assertThat(report.rates(KZ).onTimeRate()).hasValue(1.0);
        }

        @Test
        void reportsSentForYearsBeforeJoiningDoNotPushTheRateAbove100Percent() {
            // given: reports also filed for 2015-2017, when KZ was not bound
            List<ReportSubmission> extra = new ArrayList<>(everyYear);
            for (int year = 2015; year <= 2017; year++) {
                extra.add(report(KZ, ANNUAL, year, LocalDate.of(year + 1, 5, 1), ReportVisibility.PUBLIC));
            }
            // when
            ComplianceReport report = ComplianceReport.assess(List.of(KZ_ATT), List.of(ANNUAL), extra,
                    2015, 2022, LocalDate.of(2024, 1, 1));
            // then
            assertThat(report.rates(KZ).submitted()).isEqualTo(5);
            assertThat(report.rates(KZ).submissionRate()).hasValue(1.0);
        }

        @Test
        void regionalRatePoolsTheCyclesOfBoundMembersOnly() {
            // given
            Participation kg = Participation.reference(KG, ATT);
            // when
            ComplianceReport report = ComplianceReport.assess(List.of(KZ_ATT, kg), List.of(ANNUAL), everyYear,
                    2015, 2022, LocalDate.of(2024, 1, 1));
            // then
            ReportingRates region = report.rates(Region.centralAsia(), ANNUAL);
            assertThat(region.expected()).isEqualTo(5);
            assertThat(region.submissionRate()).hasValue(1.0);
        }
    }

    @Test
    void rejectsTheSameStateTwiceForOneInstrument() {
        assertThatThrownBy(() -> ComplianceReport.assess(List.of(KZ_ATT, KZ_ATT), List.of(ANNUAL), List.of(),
                2015, 2022, LocalDate.of(2024, 1, 1)))
                .hasMessage("participations must not repeat a state and instrument, was KZ ATT twice");
    }

    @Test
    void rejectsReversedYears() {
        assertThatThrownBy(() -> ComplianceReport.assess(List.of(KZ_ATT), List.of(ANNUAL), List.of(),
                2022, 2015, LocalDate.of(2024, 1, 1)))
                .hasMessage("toYear must be between 2022 and 2100, was 2015");
    }

    @Test
    void rejectsNullAsOf() {
        assertThatThrownBy(() -> new ComplianceReport(null, 2015, 2022, List.of()))
                .hasMessage("asOf must not be null");
    }

    @Property(tries = 300)
    void onTimeRateNeverExceedsSubmissionRateWhichNeverExceedsOne(
            @ForAll("accessions") Optional<LocalDate> accession,
            @ForAll("histories") List<ReportSubmission> submissions,
            @ForAll("asOfDays") LocalDate asOf) {
        // given
        List<ParticipationAction> actions = accession
                .map(day -> List.of(ParticipationAction.of(ActionType.ACCESSION, day, "synthetic")))
                .orElse(List.of());
        Participation participation = new Participation(KZ, ATT, actions);
        // when
        ComplianceReport report = ComplianceReport.assess(List.of(participation), List.of(ANNUAL, INITIAL),
                submissions, 2012, 2024, asOf);
        ReportingRates rates = report.rates(KZ);
        // then
        double submitted = rates.submissionRate().orElse(0);
        double onTime = rates.onTimeRate().orElse(0);
        assertThat(onTime).isBetween(0.0, submitted);
        assertThat(submitted).isBetween(0.0, 1.0);
        assertThat(rates.submissionRate().isPresent()).isEqualTo(rates.expected() > 0);
    }

    @Provide
    Arbitrary<Optional<LocalDate>> accessions() {
        return days(2010, 2024).optional();
    }

    @Provide
    Arbitrary<List<ReportSubmission>> histories() {
        Arbitrary<ReportSubmission> one = Combinators.combine(
                Arbitraries.of(ANNUAL, INITIAL), Arbitraries.integers().between(2010, 2025), days(2011, 2026),
                Arbitraries.of(ReportVisibility.class))
                .as((obligation, year, day, visibility) -> report(KZ, obligation, year, day, visibility));
        return one.list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<LocalDate> asOfDays() {
        return days(2014, 2027);
    }

    private static Arbitrary<LocalDate> days(int fromYear, int toYear) {
        long span = LocalDate.of(toYear, 12, 31).toEpochDay() - LocalDate.of(fromYear, 1, 1).toEpochDay();
        return Arbitraries.longs().between(0, span).map(offset -> LocalDate.of(fromYear, 1, 1).plusDays(offset));
    }
}
