package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.SUSPECT;
import static org.salwmonitor.core.casefile.Fixtures.TJ;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void holdsPseudonymRoleNationalityAndAgeBand() {
        // when
        Person person = new Person(SUSPECT, PersonRole.SUSPECT, TJ, AgeBand.AGE_25_TO_34);
        // then
        assertThat(person.pseudonym()).isEqualTo(SUSPECT);
        assertThat(person.role()).isEqualTo(PersonRole.SUSPECT);
        assertThat(person.nationality()).isEqualTo(TJ);
        assertThat(person.ageBand()).isEqualTo(AgeBand.AGE_25_TO_34);
    }

    @Test
    void nationalityMayBeUnknown() {
        assertThat(new Person(SUSPECT, PersonRole.WITNESS, null, AgeBand.UNKNOWN).nationality()).isNull();
    }

    @Test
    void changesRole() {
        // given
        Person suspect = new Person(SUSPECT, PersonRole.SUSPECT, TJ, AgeBand.AGE_25_TO_34);
        // when
        Person accused = suspect.withRole(PersonRole.ACCUSED);
        // then
        assertThat(accused.role()).isEqualTo(PersonRole.ACCUSED);
        assertThat(accused.withRole(PersonRole.SUSPECT)).isEqualTo(suspect);
    }

    @Test
    void hasNoComponentThatCouldHoldAName() {
        assertThat(Arrays.stream(Person.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("pseudonym", "role", "nationality", "ageBand");
    }

    @Nested
    class Rejection {

        @Test
        void rejectsMissingPseudonym() {
            assertThatThrownBy(() -> new Person(null, PersonRole.SUSPECT, TJ, AgeBand.UNKNOWN))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("pseudonym must not be null");
        }

        @Test
        void rejectsMissingRole() {
            assertThatThrownBy(() -> new Person(SUSPECT, null, TJ, AgeBand.UNKNOWN))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("role must not be null");
        }

        @Test
        void rejectsMissingAgeBand() {
            assertThatThrownBy(() -> new Person(SUSPECT, PersonRole.SUSPECT, TJ, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("ageBand must not be null");
        }
    }
}
