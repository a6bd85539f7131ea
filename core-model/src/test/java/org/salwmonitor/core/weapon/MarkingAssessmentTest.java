package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.weapon.MarkingElement.CALIBRE;
import static org.salwmonitor.core.weapon.MarkingElement.IMPORT_MARKING;
import static org.salwmonitor.core.weapon.MarkingElement.MANUFACTURER;
import static org.salwmonitor.core.weapon.MarkingElement.SERIAL_NUMBER;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkingAssessmentTest {

    @Test
    void ordersAndDeduplicatesTheLists() {
        // when
        MarkingAssessment assessment = new MarkingAssessment(List.of(SERIAL_NUMBER, MANUFACTURER, SERIAL_NUMBER),
                List.of(CALIBRE, MANUFACTURER), false, false);
        // then
        assertThat(assessment.missingMarkings()).containsExactly(MANUFACTURER, SERIAL_NUMBER);
        assertThat(assessment.missingForTrace()).containsExactly(MANUFACTURER, CALIBRE);
        assertThat(assessment.isMarkedAsRequired()).isFalse();
        assertThat(assessment.isTraceRequestPossible()).isFalse();
    }

    @Test
    void rejectsTraceIdentifierAmongMarkings() {
        assertThatThrownBy(() -> new MarkingAssessment(List.of(CALIBRE), List.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missingMarkings must hold marking elements only, was CALIBRE");
    }

    @Test
    void rejectsMarkingElementAmongTraceIdentifiers() {
        assertThatThrownBy(() -> new MarkingAssessment(List.of(), List.of(IMPORT_MARKING), true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missingForTrace must hold trace identifiers only, was IMPORT_MARKING");
    }

    @Test
    void rejectsMissingImportMarkingThatIsNotExpected() {
        assertThatThrownBy(() -> new MarkingAssessment(List.of(IMPORT_MARKING), List.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missingMarkings must not list IMPORT_MARKING when no import marking is expected, "
                        + "was [IMPORT_MARKING]");
    }

    @Test
    void rejectsNullElement() {
        assertThatThrownBy(() -> new MarkingAssessment(Arrays.asList(MANUFACTURER, null), List.of(), false, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("missingMarkings must not contain null, was [MANUFACTURER, null]");
    }
}
