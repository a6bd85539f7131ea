package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;

class ReportingObligationTest {

    private static final Participation KZ_ATT = Participation.reference(Country.of("KZ"), Instrument.of("ATT"));

    private static ReportingObligation obligation(Periodicity periodicity, String rule) {
        return new ReportingObligation("TEST", Instrument.of("ATT"), "Test", "Тест", periodicity,
                DeadlineRule.parse(rule), DeadlineBasis.VERIFIED, 2015, "source", "");
    }

    @Nested
    class Shipped {

        @Test
        void shipsTheObligationsOfTheBrief() {
            assertThat(ReportingObligation.all()).extracting(ReportingObligation::code)
                    .containsExactly("ATT_INITIAL", "ATT_ANNUAL", "POA_NATIONAL", "UNROCA_ANNUAL", "OSCE_SALW_ANNUAL");
        }

        @Test
        void marksConventionalDeadlinesAsSuch() {
            assertThat(ReportingObligation.of("ATT_ANNUAL").deadlineBasis()).isEqualTo(DeadlineBasis.VERIFIED);
            assertThat(ReportingObligation.of("POA_NATIONAL").deadlineBasis())
                    .isEqualTo(DeadlineBasis.PROJECT_CONVENTION);
            assertThat(ReportingObligation.of("OSCE_SALW_ANNUAL").note()).contains("not verified");
        }

        @Test
        void rejectsUnknownCode() {
            assertThatThrownBy(() -> ReportingObligation.of("X"))
                    .hasMessageStartingWith("obligation code must be one of [ATT_INITIAL")
                    .hasMessageEndingWith("was 'X'");
        }
    }

    @Nested
    class Cycles {

        @Test
        void attAnnualReportOnAYearIsDueOn31MayOfTheNext() {
            // when
            List<ReportingCycle> cycles = ReportingObligation.of("ATT_ANNUAL").scheduledCycles(2010, 2017);
            // then
            assertThat(cycles).extracting(ReportingCycle::year).containsExactly(2015, 2016, 2017);
            assertThat(cycles.get(0).dueDate()).isEqualTo(LocalDate.of(2016, 5, 31));
        }

        @Test
        void poaReportIsBiennialFromItsFirstCycle() {
            assertThat(ReportingObligation.of("POA_NATIONAL").scheduledCycles(2005, 2012))
                    .extracting(ReportingCycle::year).containsExactly(2006, 2008, 2010, 2012);
        }

        @Test
        void kazakhstanOwesAttAnnualReportsFrom2018() {
            // when
            List<ReportingCycle> cycles = ReportingObligation.of("ATT_ANNUAL").cycles(KZ_ATT, 2015, 2020);
            // then
            assertThat(cycles).extracting(ReportingCycle::year).containsExactly(2018, 2019, 2020);
        }

        @Test
        void kazakhstanOwedItsAttInitialReportBy8March2019() {
            // when
            List<ReportingCycle> cycles = ReportingObligation.of("ATT_INITIAL").cycles(KZ_ATT, 2015, 2020);
            // then
            assertThat(cycles).singleElement().satisfies(cycle -> {
                assertThat(cycle.year()).isEqualTo(2018);
                assertThat(cycle.dueDate()).isEqualTo(LocalDate.of(2019, 3, 8));
            });
            assertThat(ReportingObligation.of("ATT_INITIAL").scheduledCycles(2015, 2020)).isEmpty();
            assertThat(ReportingObligation.of("ATT_INITIAL").cycles(KZ_ATT, 2019, 2020)).isEmpty();
        }

        @Test
        void stateNotVerifiedToBeBoundOwesNothing() {
            // given
            Participation kg = Participation.reference(Country.of("KG"), Instrument.of("ATT"));
            // then
            assertThat(ReportingObligation.of("ATT_ANNUAL").cycles(kg, 2015, 2020)).isEmpty();
        }

        @Test
        void rejectsParticipationInAnotherInstrument() {
            Participation poa = Participation.reference(Country.of("KZ"), Instrument.of("POA"));
            assertThatThrownBy(() -> ReportingObligation.of("ATT_ANNUAL").cycles(poa, 2015, 2020))
                    .hasMessage("participation must be in instrument ATT, was POA");
        }

        @Test
        void rejectsReversedYears() {
            assertThatThrownBy(() -> ReportingObligation.of("ATT_ANNUAL").scheduledCycles(2020, 2015))
                    .hasMessage("toYear must be between 2020 and 2100, was 2015");
        }
    }

    @Nested
    class Validation {

        @Test
        void acceptsAConsistentObligation() {
            assertThat(obligation(Periodicity.ANNUAL, "FOLLOWING_YEAR(--05-31)").note()).isEmpty();
        }

        @Test
        void rejectsOneTimeObligationWithYearlyDeadline() {
            assertThatThrownBy(() -> obligation(Periodicity.ONCE, "FOLLOWING_YEAR(--05-31)"))
                    .hasMessage("deadlineRule must be AFTER_ENTRY_INTO_FORCE exactly when periodicity is ONCE,"
                            + " was FOLLOWING_YEAR(--05-31) with ONCE for TEST");
        }

        @Test
        void rejectsPeriodicObligationWithOneTimeDeadline() {
            assertThatThrownBy(() -> obligation(Periodicity.ANNUAL, "AFTER_ENTRY_INTO_FORCE(P1Y)"))
                    .hasMessageContaining("was AFTER_ENTRY_INTO_FORCE(P1Y) with ANNUAL for TEST");
        }

        @Test
        void rejectsBlankName() {
            assertThatThrownBy(() -> new ReportingObligation("T", Instrument.of("ATT"), " ", "Тест",
                    Periodicity.ANNUAL, DeadlineRule.parse("SAME_YEAR(--12-31)"), DeadlineBasis.VERIFIED, 2015,
                    "s", ""))
                    .hasMessage("nameEn must not be blank, was ' '");
        }

        @Test
        void rejectsFirstCycleYearOutOfRange() {
            assertThatThrownBy(() -> new ReportingObligation("T", Instrument.of("ATT"), "Test", "Тест",
                    Periodicity.ANNUAL, DeadlineRule.parse("SAME_YEAR(--12-31)"), DeadlineBasis.VERIFIED, 1800,
                    "s", ""))
                    .hasMessage("firstCycleYear must be between 1900 and 2100, was 1800");
        }
    }
}
