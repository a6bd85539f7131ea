package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.geo.Country;

class ImportMarkingTest {

    @Test
    void holdsCountryAndOptionalYear() {
        // when
        ImportMarking withYear = ImportMarking.of(Country.of("KZ"), 2015);
        ImportMarking withoutYear = ImportMarking.of(Country.of("KZ"));
        // then
        assertThat(withYear.importingCountry()).isEqualTo(Country.of("KZ"));
        assertThat(withYear.yearOfImport()).isEqualTo(2015);
        assertThat(withoutYear.yearOfImport()).isNull();
    }

    @Test
    void rejectsMissingCountry() {
        assertThatThrownBy(() -> new ImportMarking(null, 2015))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("importingCountry must not be null");
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101})
    void rejectsYearOutOfRange(int year) {
        assertThatThrownBy(() -> ImportMarking.of(Country.of("KZ"), year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yearOfImport must be between 1900 and 2100, was " + year);
    }
}
