package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.geo.Country;

class ScopeTest {

    @Test
    void unMemberStatesCoverMembersButNotObserverStates() {
        assertThat(Scope.UN_MEMBER_STATES.covers(Country.of("KZ"))).isEqualTo(Binding.BOUND);
        assertThat(Scope.UN_MEMBER_STATES.covers(Country.of("VA"))).isEqualTo(Binding.NOT_BOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KZ", "KG", "TJ", "TM", "UZ"})
    void osceCoversTheFiveCentralAsianStatesVerifiedAsParticipating(String alpha2) {
        assertThat(Scope.OSCE_PARTICIPATING_STATES.covers(Country.of(alpha2))).isEqualTo(Binding.BOUND);
    }

    @Test
    void osceLeavesAStateWithoutAVerifiedEntryNotVerifiedRatherThanNotBound() {
        assertThat(Scope.OSCE_PARTICIPATING_STATES.covers(Country.of("BR"))).isEqualTo(Binding.NOT_VERIFIED);
    }

    @Test
    void rejectsANullState() {
        assertThatThrownBy(() -> Scope.UN_MEMBER_STATES.covers(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("state must not be null");
    }
}
