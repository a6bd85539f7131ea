package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ParticipationActionTest {

    @Test
    void recordsAVerifiedDepositOnAKnownDay() {
        // when
        ParticipationAction action = ParticipationAction.of(ActionType.ACCESSION, LocalDate.of(2017, 12, 8), " src ");
        // then
        assertThat(action.level()).isEqualTo(ActionLevel.INTERNATIONAL);
        assertThat(action.verified()).isTrue();
        assertThat(action.source()).isEqualTo("src");
        assertThat(action.label(Locale.ENGLISH)).isEqualTo("accession 2017-12-08");
    }

    @Test
    void saysDateUnknownInsteadOfInventingOne() {
        // given
        ParticipationAction action = new ParticipationAction(ActionType.SIGNATURE, ActionLevel.INTERNATIONAL,
                Optional.empty(), true, "domain.md");
        // then
        assertThat(action.label(Locale.ENGLISH)).isEqualTo("signature (date unknown)");
        assertThat(action.label(Locale.forLanguageTag("ru"))).isEqualTo("подписание (дата неизвестна)");
    }

    @Test
    void marksAnUnverifiedAct() {
        // given
        ParticipationAction action = new ParticipationAction(ActionType.RATIFICATION, ActionLevel.DOMESTIC,
                Optional.of(LocalDate.of(2010, 1, 1)), false, "rumour");
        // then
        assertThat(action.label(Locale.ENGLISH)).isEqualTo("ratification 2010-01-01 [not verified]");
    }

    @Test
    void rejectsDomesticSignature() {
        assertThatThrownBy(() -> new ParticipationAction(ActionType.SIGNATURE, ActionLevel.DOMESTIC,
                Optional.empty(), true, "s"))
                .hasMessage("level must be INTERNATIONAL for a SIGNATURE, was DOMESTIC");
    }

    @Test
    void rejectsBlankSource() {
        assertThatThrownBy(() -> ParticipationAction.of(ActionType.ACCESSION, LocalDate.of(2017, 12, 8), ""))
                .hasMessage("source must not be blank, was ''");
    }

    @Test
    void rejectsNullDateOptional() {
        assertThatThrownBy(() -> new ParticipationAction(ActionType.ACCESSION, ActionLevel.INTERNATIONAL, null,
                true, "s"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    @Test
    void rejectsNullType() {
        assertThatThrownBy(() -> new ParticipationAction(null, ActionLevel.INTERNATIONAL, Optional.empty(), true, "s"))
                .hasMessage("type must not be null");
    }
}
