package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.KZ;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {

    @Test
    void holdsCountryAndStrippedAdminArea() {
        // when
        Place place = Place.of(KZ, "  Almaty Region ");
        // then
        assertThat(place.country()).isEqualTo(KZ);
        assertThat(place.adminArea()).isEqualTo("Almaty Region");
        assertThat(place.label(Locale.ENGLISH)).isEqualTo("Almaty Region, Kazakhstan");
    }

    @Test
    void mayHaveOnlyACountry() {
        // when
        Place place = Place.of(KZ);
        // then
        assertThat(place.adminArea()).isNull();
        assertThat(place.label(Locale.forLanguageTag("ru"))).isEqualTo(KZ.nameRu());
    }

    @Nested
    class Rejection {

        @Test
        void rejectsMissingCountry() {
            assertThatThrownBy(() -> Place.of(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("country must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void rejectsBlankAdminArea(String area) {
            assertThatThrownBy(() -> Place.of(KZ, area))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("adminArea must not be blank, was '" + area + "'");
        }

        @Test
        void rejectsNullAdminAreaInTheTwoArgumentFactory() {
            assertThatThrownBy(() -> Place.of(KZ, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("adminArea must not be null");
        }

        @Test
        void rejectsTooLongAdminArea() {
            assertThatThrownBy(() -> Place.of(KZ, "x".repeat(101)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("adminArea must be at most 100 characters long, was 101 characters");
        }
    }
}
