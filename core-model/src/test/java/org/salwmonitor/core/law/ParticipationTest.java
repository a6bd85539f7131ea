package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.geo.Country;

class ParticipationTest {

    @Nested
    class ReferenceFacts {

        @Test
        void kazakhstanAccededToTheAttOn8December2017AndWasBoundFrom8March2018() {
            // when
            Participation kz = Participation.reference(Country.of("KZ"), Instrument.of("ATT"));
            // then
            assertThat(kz.status()).isEqualTo(ParticipationStatus.PARTY);
            assertThat(kz.isParty()).isTrue();
            assertThat(kz.depositDate()).contains(LocalDate.of(2017, 12, 8));
            assertThat(kz.entryIntoForce()).contains(LocalDate.of(2018, 3, 8));
        }

        @ParameterizedTest
        @CsvSource({
                "KZ, ATT, PARTY",
                "AF, ATT, PARTY",
                "TR, ATT, SIGNATORY",
                "KG, ATT, NOT_VERIFIED",
                "TJ, ATT, NOT_VERIFIED",
                "TM, ATT, NOT_VERIFIED",
                "UZ, ATT, NOT_VERIFIED",
                "KZ, FIREARMS_PROTOCOL, PARTY",
                "TR, FIREARMS_PROTOCOL, PARTY",
                "UZ, UNTOC, PARTY",
                "KG, UNTOC, SIGNATORY",
                "TM, UNTOC, SIGNATORY",
                "KZ, POA, PARTY",
                "KZ, OSCE_SALW, PARTY"})
        void statusFollowsOnlyVerifiedFacts(String state, String instrument, ParticipationStatus expected) {
            assertThat(Participation.reference(Country.of(state), Instrument.of(instrument)).status())
                    .isEqualTo(expected);
        }

        @Test
        void untocSignaturesOfCentralAsiaHaveNoInventedDate() {
            // when
            Participation kg = Participation.reference(Country.of("KG"), Instrument.of("UNTOC"));
            // then
            assertThat(kg.actions()).singleElement().satisfies(action -> {
                assertThat(action.type()).isEqualTo(ActionType.SIGNATURE);
                assertThat(action.date()).isEmpty();
                assertThat(action.verified()).isTrue();
            });
        }

        @Test
        void domesticRatificationLawIsNotTakenForADeposit() {
            // when
            Participation uz = Participation.reference(Country.of("UZ"), Instrument.of("UNTOC"));
            // then
            assertThat(uz.consent()).map(ParticipationAction::date).contains(Optional.of(LocalDate.of(2003, 8, 30)));
            assertThat(uz.depositDate()).isEmpty();
            assertThat(uz.entryIntoForce()).isEmpty();
        }
    }

    @Test
    void ignoresUnverifiedActs() {
        // given
        ParticipationAction rumour = new ParticipationAction(ActionType.ACCESSION, ActionLevel.INTERNATIONAL,
                Optional.of(LocalDate.of(2019, 1, 1)), false, "unconfirmed");
        // when
        Participation participation = new Participation(Country.of("KG"), Instrument.of("ATT"), List.of(rumour));
        // then
        assertThat(participation.status()).isEqualTo(ParticipationStatus.NOT_VERIFIED);
        assertThat(participation.depositDate()).isEmpty();
    }

    @Test
    void copiesTheActions() {
        // given
        List<ParticipationAction> actions = new ArrayList<>();
        Participation participation = new Participation(Country.of("KG"), Instrument.of("ATT"), actions);
        // when
        actions.add(ParticipationAction.of(ActionType.ACCESSION, LocalDate.of(2019, 1, 1), "s"));
        // then
        assertThat(participation.actions()).isEmpty();
    }

    @Test
    void rejectsNullState() {
        assertThatThrownBy(() -> new Participation(null, Instrument.of("ATT"), List.of()))
                .hasMessage("state must not be null");
    }

    @Test
    void rejectsNullInstrument() {
        assertThatThrownBy(() -> new Participation(Country.of("KZ"), null, List.of()))
                .hasMessage("instrument must not be null");
    }

    @Test
    void rejectsNullAction() {
        List<ParticipationAction> actions = new ArrayList<>();
        actions.add(null);
        assertThatThrownBy(() -> new Participation(Country.of("KZ"), Instrument.of("ATT"), actions))
                .hasMessage("actions must not contain null, was [null]");
    }
}
