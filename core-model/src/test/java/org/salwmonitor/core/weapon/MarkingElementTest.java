package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MarkingElementTest {

    @Test
    void article8ElementsAreManufacturerCountrySerialAndImport() {
        assertThat(Arrays.stream(MarkingElement.values()).filter(MarkingElement::isMarkingElement))
                .containsExactly(MarkingElement.MANUFACTURER, MarkingElement.COUNTRY_OF_MANUFACTURE,
                        MarkingElement.SERIAL_NUMBER, MarkingElement.IMPORT_MARKING);
    }

    @Test
    void traceIdentifiersAreMakeModelCalibreSerialTypeAndCountry() {
        assertThat(Arrays.stream(MarkingElement.values()).filter(MarkingElement::isTraceIdentifier))
                .containsExactly(MarkingElement.MANUFACTURER, MarkingElement.SERIAL_NUMBER, MarkingElement.MODEL,
                        MarkingElement.CALIBRE, MarkingElement.WEAPON_TYPE,
                        MarkingElement.COUNTRY_OF_MANUFACTURE_OR_IMPORT);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(MarkingElement.SERIAL_NUMBER.label(Locale.ENGLISH)).isEqualTo("serial number");
        assertThat(MarkingElement.SERIAL_NUMBER.label(Locale.forLanguageTag("ru"))).isEqualTo("серийный номер");
    }
}
