package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.akm;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.weapon.Calibre;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;

class ItemLineTest {

    private static final Calibre CAL_762 = Calibre.parse("7.62x39");

    @Nested
    class Firearms {

        @Test
        void holdsALineOfFirearmsOfAType() {
            // when
            ItemLine line = ItemLine.firearms(1, 3, WeaponType.SHOTGUN);
            // then
            assertThat(line.lineNumber()).isEqualTo(1);
            assertThat(line.itemClass()).isEqualTo(ItemClass.FIREARM);
            assertThat(line.quantity()).isEqualTo(3);
            assertThat(line.weaponType()).isEqualTo(WeaponType.SHOTGUN);
            assertThat(line.identification()).isNull();
            assertThat(line.countsAsFirearms()).isTrue();
        }

        @Test
        void holdsOneIdentifiedFirearm() {
            // when
            ItemLine line = ItemLine.firearm(2, akm("ТК 1234"));
            // then
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.weaponType()).isEqualTo(WeaponType.ASSAULT_RIFLE);
            assertThat(line.identification().serial().key()).isEqualTo("TK1234");
        }

        @Test
        void holdsABatchSharingAnIdentificationWithoutSerial() {
            // when
            ItemLine line = ItemLine.firearms(3, 10, akm("1").withSerial(null).withCraft(true));
            // then
            assertThat(line.quantity()).isEqualTo(10);
            assertThat(line.identification().craft()).isTrue();
        }

        @Test
        void anAntiqueDoesNotCountAsFirearms() {
            // when
            ItemLine line = ItemLine.firearms(1, 2, FirearmIdentification.of(WeaponType.RIFLE_OR_CARBINE)
                    .withYearOfManufacture(1891));
            // then
            assertThat(line.countsAsFirearms()).isFalse();
        }

        @Test
        void rejectsMissingWeaponType() {
            assertThatThrownBy(() -> ItemLine.firearms(1, 1, (WeaponType) null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("weaponType must not be null");
        }

        @Test
        void rejectsMissingIdentification() {
            assertThatThrownBy(() -> ItemLine.firearm(1, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("identification must not be null");
        }

        @Test
        void rejectsAnIdentificationOfAnotherType() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.FIREARM, 1, WeaponType.PISTOL_OR_REVOLVER,
                    akm("123"), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("identification type must equal weaponType PISTOL_OR_REVOLVER, was ASSAULT_RIFLE");
        }

        @Test
        void rejectsMoreThanOneFirearmWithASerial() {
            assertThatThrownBy(() -> ItemLine.firearms(1, 2, akm("ТК 1234")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quantity must be 1 for a firearm identified by serial number ТК 1234, was 2");
        }

        @Test
        void rejectsAPartType() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.FIREARM, 1, WeaponType.SHOTGUN, null,
                    PartType.BARREL, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("partType must be null on a line of class FIREARM, was BARREL");
        }

        @Test
        void rejectsASerialOutsideTheIdentification() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.FIREARM, 1, WeaponType.SHOTGUN, null, null,
                    SerialNumber.of("A1"), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must be null on a line of class FIREARM, was A1");
        }

        @Test
        void rejectsACalibreOutsideTheIdentification() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.FIREARM, 1, WeaponType.SHOTGUN, null, null, null,
                    Calibre.parse("12 ga")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre must be null on a line of class FIREARM, was 12GA");
        }
    }

    @Nested
    class Parts {

        @Test
        void holdsALineOfParts() {
            // when
            ItemLine line = ItemLine.parts(3, 4, PartType.SOUND_SUPPRESSOR);
            // then
            assertThat(line.itemClass()).isEqualTo(ItemClass.PARTS_AND_COMPONENTS);
            assertThat(line.partType()).isEqualTo(PartType.SOUND_SUPPRESSOR);
            assertThat(line.quantity()).isEqualTo(4);
            assertThat(line.countsAsFirearms()).isFalse();
        }

        @Test
        void holdsOnePartWithSerialWeaponTypeAndCalibre() {
            // when
            ItemLine line = new ItemLine(3, ItemClass.PARTS_AND_COMPONENTS, 1, WeaponType.ASSAULT_RIFLE, null,
                    PartType.BARREL, SerialNumber.of("B-77"), CAL_762);
            // then
            assertThat(line.serial().raw()).isEqualTo("B-77");
            assertThat(line.weaponType()).isEqualTo(WeaponType.ASSAULT_RIFLE);
            assertThat(line.calibre()).isEqualTo(CAL_762);
            assertThat(ItemLine.part(3, PartType.FRAME_OR_RECEIVER, SerialNumber.of("F1")).quantity()).isEqualTo(1);
        }

        @Test
        void rejectsMissingPartType() {
            assertThatThrownBy(() -> ItemLine.parts(1, 1, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("partType must not be null");
        }

        @Test
        void rejectsMissingSerialInTheSinglePartFactory() {
            assertThatThrownBy(() -> ItemLine.part(1, PartType.BARREL, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("serial must not be null");
        }

        @Test
        void rejectsAnIdentification() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.PARTS_AND_COMPONENTS, 1, null,
                    FirearmIdentification.of(WeaponType.SHOTGUN), PartType.BARREL, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("identification must be null on a line of class PARTS_AND_COMPONENTS, was ");
        }

        @Test
        void rejectsMoreThanOnePartWithASerial() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.PARTS_AND_COMPONENTS, 3, null, null, PartType.BARREL,
                    SerialNumber.of("B-77"), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quantity must be 1 for a part identified by serial number B-77, was 3");
        }
    }

    @Nested
    class Ammunition {

        @Test
        void holdsRounds() {
            // when
            ItemLine line = ItemLine.ammunition(4, 1300, CAL_762);
            // then
            assertThat(line.itemClass()).isEqualTo(ItemClass.AMMUNITION);
            assertThat(line.quantity()).isEqualTo(1300);
            assertThat(line.calibre()).isEqualTo(CAL_762);
            assertThat(ItemLine.ammunition(4, 10, null).calibre()).isNull();
        }

        @Test
        void rejectsAWeaponType() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.AMMUNITION, 10, WeaponType.ASSAULT_RIFLE, null, null,
                    null, CAL_762))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weaponType must be null on a line of class AMMUNITION, was ASSAULT_RIFLE");
        }

        @Test
        void rejectsAnIdentification() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.AMMUNITION, 10, null,
                    FirearmIdentification.of(WeaponType.SHOTGUN), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("identification must be null on a line of class AMMUNITION, was ");
        }

        @Test
        void rejectsAPartType() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.AMMUNITION, 10, null, null, PartType.BARREL, null,
                    null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("partType must be null on a line of class AMMUNITION, was BARREL");
        }

        @Test
        void rejectsASerial() {
            assertThatThrownBy(() -> new ItemLine(1, ItemClass.AMMUNITION, 10, null, null, null,
                    SerialNumber.of("LOT 5"), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must be null on a line of class AMMUNITION, was LOT 5");
        }
    }

    @Nested
    class Common {

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 10000})
        void rejectsLineNumbersOutOfRange(int lineNumber) {
            assertThatThrownBy(() -> ItemLine.firearms(lineNumber, 1, WeaponType.SHOTGUN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lineNumber must be between 1 and 9999, was " + lineNumber);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -5})
        void rejectsQuantitiesBelowOne(int quantity) {
            assertThatThrownBy(() -> ItemLine.ammunition(1, quantity, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quantity must be positive, was " + quantity);
        }

        @Test
        void rejectsMissingItemClass() {
            assertThatThrownBy(() -> new ItemLine(1, null, 1, null, null, null, null, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("itemClass must not be null");
        }
    }
}
