package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.AF;
import static org.salwmonitor.core.casefile.Fixtures.KG;
import static org.salwmonitor.core.casefile.Fixtures.KZ;
import static org.salwmonitor.core.casefile.Fixtures.RU;
import static org.salwmonitor.core.casefile.Fixtures.TJ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void listsTheKnownCountriesInOrder() {
        // when
        Route route = Route.of(AF, TJ, List.of(KG, KZ), RU);
        // then
        assertThat(route.countries()).containsExactly(AF, TJ, KG, KZ, RU);
        assertThat(route.crossesBorder()).isTrue();
        assertThat(route.isUnknown()).isFalse();
    }

    @Test
    void listsACountryThatFollowsItselfOnce() {
        // when
        Route route = Route.of(AF, AF, List.of(TJ), TJ);
        // then
        assertThat(route.countries()).containsExactly(AF, TJ);
    }

    @Test
    void leavesOutUnknownParts() {
        // when
        Route route = Route.of(null, TJ, List.of(), null);
        // then
        assertThat(route.countries()).containsExactly(TJ);
        assertThat(route.crossesBorder()).isFalse();
    }

    @Test
    void mayReenterACountryAfterAnother() {
        // when
        Route route = Route.of(null, null, List.of(KZ, KG, KZ), null);
        // then
        assertThat(route.transit()).containsExactly(KZ, KG, KZ);
        assertThat(route.crossesBorder()).isTrue();
    }

    @Test
    void unknownRouteKnowsNothing() {
        // when
        Route route = Route.unknown();
        // then
        assertThat(route.isUnknown()).isTrue();
        assertThat(route.countries()).isEmpty();
        assertThat(route.crossesBorder()).isFalse();
        assertThat(Route.of(null, null, List.of(), null)).isEqualTo(route);
    }

    @Test
    void copiesTheTransitList() {
        // given
        List<org.salwmonitor.core.geo.Country> transit = new ArrayList<>(List.of(KG));
        // when
        Route route = Route.of(AF, null, transit, null);
        transit.add(KZ);
        // then
        assertThat(route.transit()).containsExactly(KG);
        assertThatThrownBy(() -> route.transit().add(KZ)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    class Rejection {

        @Test
        void rejectsNullTransit() {
            assertThatThrownBy(() -> Route.of(AF, null, null, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("transit must not be null");
        }

        @Test
        void rejectsNullTransitCountry() {
            assertThatThrownBy(() -> Route.of(AF, null, Arrays.asList(KG, null), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("transit must not contain null, was [KG, null]");
        }

        @Test
        void rejectsConsecutiveDuplicateTransitCountries() {
            assertThatThrownBy(() -> Route.of(AF, null, List.of(TJ, KG, KG), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("transit must not name the same country twice in a row, was [TJ, KG, KG]"
                            + " with KG at positions 2 and 3");
        }
    }
}
