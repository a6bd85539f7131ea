package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.KZ;
import static org.salwmonitor.core.casefile.Fixtures.akm;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.weapon.WeaponType;

class LossReportTest {

    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 6);

    @Test
    void holdsEveryField() {
        // when
        LossReport report = new LossReport(" KZ-LOSS-2022/0001 ", KZ, JAN_2022, LossKind.STOLEN, akm("ТК 1234"));
        // then
        assertThat(report.id()).isEqualTo("KZ-LOSS-2022/0001");
        assertThat(report.country()).isEqualTo(KZ);
        assertThat(report.date()).isEqualTo(JAN_2022);
        assertThat(report.kind()).isEqualTo(LossKind.STOLEN);
        assertThat(report.firearm().serial().key()).isEqualTo("TK1234");
    }

    @Nested
    class Rejection {

        @Test
        void rejectsMalformedId() {
            assertThatThrownBy(() -> new LossReport("x", KZ, JAN_2022, LossKind.LOST, akm("1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("id must be 3 to 40 upper-case Latin letters")
                    .hasMessageEndingWith(", was 'x'");
        }

        @Test
        void rejectsMissingCountry() {
            assertThatThrownBy(() -> new LossReport("KZ-1", null, JAN_2022, LossKind.LOST, akm("1")))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("country must not be null");
        }

        @Test
        void rejectsMissingDate() {
            assertThatThrownBy(() -> new LossReport("KZ-1", KZ, null, LossKind.LOST, akm("1")))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("date must not be null");
        }

        @Test
        void rejectsDateOutOfRange() {
            assertThatThrownBy(() -> new LossReport("KZ-1", KZ, LocalDate.of(1899, 1, 1), LossKind.LOST, akm("1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("date year must be between 1900 and 2100, was 1899");
        }

        @Test
        void rejectsMissingKind() {
            assertThatThrownBy(() -> new LossReport("KZ-1", KZ, JAN_2022, null, akm("1")))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("kind must not be null");
        }

        @Test
        void rejectsMissingFirearm() {
            assertThatThrownBy(() -> new LossReport("KZ-1", KZ, JAN_2022, LossKind.LOST, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("firearm must not be null");
        }

        @Test
        void rejectsAFirearmWithoutSerial() {
            assertThatThrownBy(() -> new LossReport("KZ-1", KZ, JAN_2022, LossKind.LOST,
                    org.salwmonitor.core.weapon.FirearmIdentification.of(WeaponType.PISTOL_OR_REVOLVER)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("firearm must have a serial number to be matched, was an identification without serial");
        }
    }
}
