package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.geo.Country;

class EntryIntoForceRuleTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country TR = Country.of("TR");

    private static Participation deposited(Instrument instrument, LocalDate deposit) {
        return new Participation(KZ, instrument, List.of(ParticipationAction.of(ActionType.ACCESSION, deposit, "test")));
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @ValueSource(strings = {"DAYS_AFTER_DEPOSIT(90)", "FROM_ADOPTION(UN_MEMBER_STATES)",
                "FROM_ADOPTION(OSCE_PARTICIPATING_STATES)", "NONE"})
        void parsesWhatItPrints(String text) {
            assertThat(EntryIntoForceRule.parse(text)).hasToString(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"DAYS_AFTER_DEPOSIT()", "DAYS_AFTER_DEPOSIT(x)", "FROM_ADOPTION(NATO)", "none", ""})
        void rejectsOtherForms(String text) {
            assertThatThrownBy(() -> EntryIntoForceRule.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("rule must be DAYS_AFTER_DEPOSIT(n), FROM_ADOPTION(scope) or NONE")
                    .hasMessageEndingWith("was '" + text + "'");
        }

        @Test
        void rejectsZeroDays() {
            assertThatThrownBy(() -> new EntryIntoForceRule.DaysAfterDeposit(0))
                    .hasMessage("days must be between 1 and 3650, was 0");
        }

        @Test
        void rejectsNullScope() {
            assertThatThrownBy(() -> new EntryIntoForceRule.FromAdoption(null))
                    .hasMessage("scope must not be null");
        }
    }

    @Nested
    class DaysAfterDeposit {

        @ParameterizedTest
        @CsvSource({
                "2017-12-08, 2018-03-08",   // Kazakhstan (domain.md §4)
                "2020-07-29, 2020-10-27",   // Afghanistan: derived by the 90-day rule
                "2014-01-15, 2014-12-24"})  // deposited early: not before the treaty's own entry into force
        void attEntersIntoForceNinetyDaysAfterDeposit(LocalDate deposit, LocalDate expected) {
            // given
            Participation participation = deposited(Instrument.of("ATT"), deposit);
            // when
            Optional<LocalDate> inForce = participation.entryIntoForce();
            // then
            assertThat(inForce).contains(expected);
            assertThat(participation.bindingOn(expected)).isEqualTo(Binding.BOUND);
            assertThat(participation.bindingOn(expected.minusDays(1))).isEqualTo(Binding.NOT_BOUND);
        }

        @Test
        void untocWithoutItsOwnEntryIntoForceLeavesTheStateDateOpen() {
            // given
            Participation participation = deposited(Instrument.of("UNTOC"), LocalDate.of(2008, 1, 1));
            // then
            assertThat(participation.entryIntoForce()).isEmpty();
            assertThat(participation.bindingOn(LocalDate.of(2008, 1, 30))).isEqualTo(Binding.NOT_BOUND);
            assertThat(participation.bindingOn(LocalDate.of(2008, 1, 31))).isEqualTo(Binding.NOT_VERIFIED);
        }

        @Test
        void domesticRatificationGivesNoEntryIntoForce() {
            // given
            Participation participation = Participation.reference(KZ, Instrument.of("FIREARMS_PROTOCOL"));
            // then
            assertThat(participation.status()).isEqualTo(ParticipationStatus.PARTY);
            assertThat(participation.entryIntoForce()).isEmpty();
            assertThat(participation.bindingOn(LocalDate.of(2005, 7, 2))).isEqualTo(Binding.NOT_BOUND);
            assertThat(participation.bindingOn(LocalDate.of(2010, 1, 1))).isEqualTo(Binding.NOT_VERIFIED);
        }

        @Test
        void signatoryIsNotVerifiedToBeBound() {
            // given
            Participation participation = Participation.reference(TR, Instrument.of("ATT"));
            // then
            assertThat(participation.status()).isEqualTo(ParticipationStatus.SIGNATORY);
            assertThat(participation.bindingOn(LocalDate.of(2020, 1, 1))).isEqualTo(Binding.NOT_VERIFIED);
        }
    }

    @Nested
    class FromAdoption {

        @Test
        void itiAppliesToUnMembersFromItsAdoption() {
            // given
            Participation participation = Participation.reference(KZ, Instrument.of("ITI"));
            // then
            assertThat(participation.status()).isEqualTo(ParticipationStatus.PARTY);
            assertThat(participation.entryIntoForce()).contains(LocalDate.of(2005, 12, 8));
            assertThat(participation.bindingOn(LocalDate.of(2005, 12, 8))).isEqualTo(Binding.BOUND);
            assertThat(participation.bindingOn(LocalDate.of(2005, 12, 7))).isEqualTo(Binding.NOT_BOUND);
        }

        @Test
        void poaWithOnlyAnAdoptionYearLeavesThatYearUnverified() {
            // given
            Participation participation = Participation.reference(KZ, Instrument.of("POA"));
            // then
            assertThat(participation.entryIntoForce()).isEmpty();
            assertThat(participation.bindingOn(LocalDate.of(2000, 12, 31))).isEqualTo(Binding.NOT_BOUND);
            assertThat(participation.bindingOn(LocalDate.of(2001, 12, 31))).isEqualTo(Binding.NOT_VERIFIED);
            assertThat(participation.bindingOn(LocalDate.of(2002, 1, 1))).isEqualTo(Binding.BOUND);
        }

        @Test
        void unObserverStateIsNotCovered() {
            // given
            Country holySee = new Country("VA", "VAT", 336, "Holy See", "Святой Престол", false);
            Participation participation = new Participation(holySee, Instrument.of("UNSCR_2370"), List.of());
            // then
            assertThat(participation.status()).isEqualTo(ParticipationStatus.NOT_PARTY);
            assertThat(participation.bindingOn(LocalDate.of(2020, 1, 1))).isEqualTo(Binding.NOT_BOUND);
        }

        @Test
        void osceDocumentCoversListedStatesAndLeavesOthersUnverified() {
            // given
            Instrument osce = Instrument.of("OSCE_SALW");
            // then
            assertThat(Participation.reference(KZ, osce).bindingOn(LocalDate.of(2001, 1, 1))).isEqualTo(Binding.BOUND);
            assertThat(Participation.reference(TR, osce).status()).isEqualTo(ParticipationStatus.NOT_VERIFIED);
            assertThat(Participation.reference(TR, osce).bindingOn(LocalDate.of(2001, 1, 1)))
                    .isEqualTo(Binding.NOT_VERIFIED);
        }
    }

    @Test
    void noneBindsNobody() {
        // given
        Instrument inert = new Instrument("INERT", "Inert", "Инертный", InstrumentKind.POLITICAL_COMMITMENT,
                java.time.Year.of(2000), Optional.empty(), Optional.empty(), EntryIntoForceRule.parse("NONE"), true,
                "test");
        Participation participation = new Participation(KZ, inert, List.of());
        // then
        assertThat(participation.status()).isEqualTo(ParticipationStatus.NOT_PARTY);
        assertThat(participation.entryIntoForce()).isEmpty();
        assertThat(participation.bindingOn(LocalDate.of(2020, 1, 1))).isEqualTo(Binding.NOT_BOUND);
    }
}
