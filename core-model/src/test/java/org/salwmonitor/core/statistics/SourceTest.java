package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    @Test
    void createsARealSourceTrimmingFields() {
        // when
        Source source = Source.of(" Ministry of Internal Affairs ", " national report 2005 ");
        // then
        assertThat(source.agency()).isEqualTo("Ministry of Internal Affairs");
        assertThat(source.reference()).isEqualTo("national report 2005");
        assertThat(source.synthetic()).isFalse();
    }

    @Test
    void createsASyntheticSourceWithBlankReference() {
        // when
        Source source = Source.synthetic("Sample agency", " ");
        // then
        assertThat(source.synthetic()).isTrue();
        assertThat(source.reference()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsBlankAgency(String agency) {
        assertThatThrownBy(() -> Source.of(agency, "file.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agency must not be blank, was '" + agency + "'");
    }

    @Test
    void rejectsNullAgency() {
        assertThatThrownBy(() -> Source.of(null, "file.csv"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("agency must not be null");
    }

    @Test
    void rejectsNullReference() {
        assertThatThrownBy(() -> Source.synthetic("Sample agency", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reference must not be null");
    }
}
