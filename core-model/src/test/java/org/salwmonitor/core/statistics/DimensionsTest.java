package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.WithNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

class DimensionsTest {

    private static final Dimensions SEIZED_ASSAULT_RIFLES = new Dimensions(EventType.SEIZED, ItemClass.FIREARM,
            WeaponType.ASSAULT_RIFLE, null);

    @Property(tries = 300)
    void codesParseBackToTheSameDimensions(@ForAll @WithNull(0.3) EventType event,
            @ForAll @WithNull(0.3) ItemClass itemClass, @ForAll @WithNull(0.3) WeaponType weaponType,
            @ForAll @WithNull(0.3) CriminalContext context) {
        // given
        Dimensions dimensions = new Dimensions(event, itemClass,
                itemClass == ItemClass.FIREARM ? weaponType : null, context);
        // when
        Dimensions parsed = Dimensions.parse(dimensions.code(Dimension.EVENT), dimensions.code(Dimension.ITEM_CLASS),
                dimensions.code(Dimension.WEAPON_TYPE), dimensions.code(Dimension.CONTEXT));
        // then
        assertThat(parsed).isEqualTo(dimensions);
        assertThat(parsed.toString()).isEqualTo(dimensions.toString());
    }

    @Nested
    class Creation {

        @Test
        void totalIsTotalOverEveryDimension() {
            // when
            Dimensions total = Dimensions.total();
            // then
            for (Dimension dimension : Dimension.values()) {
                assertThat(total.isTotal(dimension)).isTrue();
                assertThat(total.code(dimension)).isEqualTo("_T");
            }
            assertThat(total).hasToString("_T._T._T._T");
        }

        @Test
        void buildsWithCopies() {
            // when
            Dimensions dimensions = Dimensions.total().withEvent(EventType.SEIZED).withItemClass(ItemClass.FIREARM)
                    .withWeaponType(WeaponType.ASSAULT_RIFLE).withContext(CriminalContext.TERRORISM);
            // then
            assertThat(dimensions).isEqualTo(SEIZED_ASSAULT_RIFLES.withContext(CriminalContext.TERRORISM));
            assertThat(dimensions).hasToString("SEIZED.FIREARM.ASSAULT_RIFLE.TERRORISM");
            assertThat(dimensions.value(Dimension.WEAPON_TYPE)).isEqualTo(WeaponType.ASSAULT_RIFLE);
            assertThat(dimensions.withContext(null).isTotal(Dimension.CONTEXT)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = ItemClass.class, names = {"PARTS_AND_COMPONENTS", "AMMUNITION"})
        void rejectsWeaponTypeWithAnotherItemClass(ItemClass itemClass) {
            assertThatThrownBy(() -> new Dimensions(null, itemClass, WeaponType.SHOTGUN, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weaponType must be total (_T) unless itemClass is FIREARM, was weaponType SHOTGUN"
                            + " with itemClass " + itemClass);
        }

        @Test
        void rejectsWeaponTypeWithTheTotalOverItemClasses() {
            assertThatThrownBy(() -> Dimensions.total().withWeaponType(WeaponType.PISTOL_OR_REVOLVER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weaponType must be total (_T) unless itemClass is FIREARM, was weaponType"
                            + " PISTOL_OR_REVOLVER with itemClass _T");
        }

        @Test
        void rejectsLeavingFirearmsWhileAWeaponTypeIsSet() {
            assertThatThrownBy(() -> SEIZED_ASSAULT_RIFLES.withItemClass(ItemClass.AMMUNITION))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weaponType must be total (_T) unless itemClass is FIREARM, was weaponType"
                            + " ASSAULT_RIFLE with itemClass AMMUNITION");
        }

        @Test
        void valueRejectsNullDimension() {
            assertThatThrownBy(() -> Dimensions.total().value(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("dimension must not be null");
        }
    }

    @Nested
    class Codes {

        @Test
        void rendersNullAsTotal() {
            assertThat(Dimensions.codeOf(null)).isEqualTo("_T");
            assertThat(Dimensions.codeOf(EventType.FOUND)).isEqualTo("FOUND");
        }

        @Test
        void parsesEachDimensionIgnoringCaseAndSpaces() {
            assertThat(Dimensions.parseEvent(" surrendered ")).isEqualTo(EventType.SURRENDERED);
            assertThat(Dimensions.parseItemClass("ammunition")).isEqualTo(ItemClass.AMMUNITION);
            assertThat(Dimensions.parseWeaponType("MANPADS")).isEqualTo(WeaponType.MANPADS);
            assertThat(Dimensions.parseContext("Drug_Trafficking")).isEqualTo(CriminalContext.DRUG_TRAFFICKING);
            assertThat(Dimensions.parseEvent("_t")).isNull();
            assertThat(Dimensions.parseContext("_T")).isNull();
        }

        @Test
        void parsesAllFourCodes() {
            assertThat(Dimensions.parse("SEIZED", "FIREARM", "ASSAULT_RIFLE", "_T")).isEqualTo(SEIZED_ASSAULT_RIFLES);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                event      | STOLEN  | event must be _T or one of [SEIZED, FOUND, SURRENDERED], was 'STOLEN'
                itemClass  | GUNS    | itemClass must be _T or one of [FIREARM, PARTS_AND_COMPONENTS, AMMUNITION], was 'GUNS'
                context    | ''      | context must be _T or one of [TERRORISM, ORGANIZED_CRIME, DRUG_TRAFFICKING, VIOLENT_CRIME, ARMED_CONFLICT, OTHER], was ''
                """)
        void rejectsUnknownCodesNamingThemAndTheValidOnes(String field, String code, String message) {
            assertThatThrownBy(() -> {
                switch (field) {
                    case "event" -> Dimensions.parseEvent(code);
                    case "itemClass" -> Dimensions.parseItemClass(code);
                    default -> Dimensions.parseContext(code);
                }
            }).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }

        @Test
        void rejectsUnknownWeaponTypeNamingIt() {
            assertThatThrownBy(() -> Dimensions.parseWeaponType("BAZOOKA"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("weaponType must be _T or one of [PISTOL_OR_REVOLVER, RIFLE_OR_CARBINE,")
                    .hasMessageEndingWith(", was 'BAZOOKA'");
        }

        @Test
        void rejectsNullCodeNamingTheField() {
            assertThatThrownBy(() -> Dimensions.parseItemClass(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("itemClass must not be null");
        }

        @Test
        void parseRejectsAnInvalidCombination() {
            assertThatThrownBy(() -> Dimensions.parse("_T", "AMMUNITION", "SHOTGUN", "_T"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weaponType must be total (_T) unless itemClass is FIREARM, was weaponType SHOTGUN"
                            + " with itemClass AMMUNITION");
        }
    }

    @Test
    void ordersTotalsFirst() {
        // given
        List<Dimensions> list = new ArrayList<>(List.of(SEIZED_ASSAULT_RIFLES,
                Dimensions.total().withEvent(EventType.SEIZED).withItemClass(ItemClass.FIREARM), Dimensions.total()));
        // when
        Collections.sort(list);
        // then
        assertThat(list).extracting(Dimensions::toString)
                .containsExactly("_T._T._T._T", "SEIZED.FIREARM._T._T", "SEIZED.FIREARM.ASSAULT_RIFLE._T");
    }
}
