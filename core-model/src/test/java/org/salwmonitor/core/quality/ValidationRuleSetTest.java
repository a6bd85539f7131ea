package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KG;
import static org.salwmonitor.core.quality.Fixtures.KZ;
import static org.salwmonitor.core.quality.Fixtures.count;
import static org.salwmonitor.core.quality.Fixtures.firearms;
import static org.salwmonitor.core.quality.Fixtures.key;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

class ValidationRuleSetTest {

    private final ValidationRuleSet defaults = ValidationRuleSet.defaults();

    @Nested
    class Defaults {

        @Test
        void holdTheDomainRules() {
            assertThat(defaults.rules()).extracting(ValidationRule::code).containsExactly(
                    "ORIGIN_LE_SEIZED_FOUND_SURRENDERED", "ORIGIN_LE_FIREARMS_TOTAL",
                    "WEAPON_TYPES_LE_TOTAL_SEIZED", "WEAPON_TYPES_LE_TOTAL_FOUND", "WEAPON_TYPES_LE_TOTAL_SURRENDERED",
                    "WEAPON_TYPES_LE_TOTAL_ALL_EVENTS", "EVENTS_LE_TOTAL_FIREARM",
                    "EVENTS_LE_TOTAL_PARTS_AND_COMPONENTS", "EVENTS_LE_TOTAL_AMMUNITION", "TRACE_ANSWERED_LE_SENT",
                    "CONVICTED_LE_PROSECUTED");
            assertThat(defaults.rule("ORIGIN_LE_SEIZED_FOUND_SURRENDERED").orElseThrow().formula())
                    .isEqualTo("ORIGIN_ESTABLISHED <= ITEMS[EVENT=SEIZED, ITEM_CLASS=FIREARM]"
                            + " + ITEMS[EVENT=FOUND, ITEM_CLASS=FIREARM] + ITEMS[EVENT=SURRENDERED, ITEM_CLASS=FIREARM]");
            assertThat(defaults.rule("TRACE_ANSWERED_LE_SENT").orElseThrow().importance()).isEqualTo(Importance.LOW);
            assertThat(defaults.rule("CONVICTED_LE_PROSECUTED").orElseThrow().importance()).isEqualTo(Importance.LOW);
            assertThat(defaults.rule("NO_SUCH_RULE")).isEmpty();
        }

        @Test
        void ammunitionInWeaponsCannotEvenBeBuiltSoNoRuleIsNeeded() {
            // given
            Dimensions rounds = new Dimensions(null, ItemClass.AMMUNITION, null, null);
            // then
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, rounds, UnitOfMeasure.WEAPONS))
                    .hasMessage("unit must be ROUNDS for indicator ITEMS with item class AMMUNITION (ammunition is"
                            + " counted in rounds, never in weapons), was WEAPONS");
        }
    }

    @Nested
    class Validate {

        @Test
        void findsEstablishedOriginAboveSeizedFoundAndSurrendered() {
            // given
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 130),
                    count(firearms(KZ, EventType.SEIZED, null), 2021, 100),
                    count(firearms(KZ, EventType.FOUND, null), 2021, 15),
                    count(firearms(KZ, EventType.SURRENDERED, null), 2021, 5));
            // when
            List<ValidationViolation> violations = defaults.validate(observations);
            // then
            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.rule().code()).isEqualTo("ORIGIN_LE_SEIZED_FOUND_SURRENDERED");
                assertThat(violation.leftValue()).isEqualTo(130);
                assertThat(violation.rightValue()).isEqualTo(120);
            });
        }

        @Test
        void findsWeaponTypesAboveTheirTotal() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED, null), 2021, 50),
                    count(firearms(KZ, EventType.SEIZED, WeaponType.SHOTGUN), 2021, 40),
                    count(firearms(KZ, EventType.SEIZED, WeaponType.PISTOL_OR_REVOLVER), 2021, 20));
            // when
            List<ValidationViolation> violations = defaults.validate(observations);
            // then
            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.rule().code()).isEqualTo("WEAPON_TYPES_LE_TOTAL_SEIZED");
                assertThat(violation.leftValue()).isEqualTo(60);
                assertThat(violation.rightValue()).isEqualTo(50);
            });
        }

        @Test
        void ordersByAreaPeriodAndImportance() {
            // given
            List<Observation> observations = List.of(
                    count(key(KZ, Indicator.TRACE_REQUESTS_ANSWERED), 2021, 9),
                    count(key(KZ, Indicator.TRACE_REQUESTS_SENT), 2021, 4),
                    count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 9),
                    count(firearms(KZ, null, null), 2021, 4),
                    count(key(KG, Indicator.PERSONS_CONVICTED), 2020, 3),
                    count(key(KG, Indicator.PERSONS_PROSECUTED), 2020, 2));
            // when
            List<ValidationViolation> violations = defaults.validate(observations);
            // then
            assertThat(violations).extracting(violation -> violation.area() + " " + violation.period() + " "
                    + violation.rule().code()).containsExactly("KG 2020 CONVICTED_LE_PROSECUTED",
                    "KZ 2021 ORIGIN_LE_FIREARMS_TOTAL", "KZ 2021 TRACE_ANSWERED_LE_SENT");
        }

        @Test
        void findsNothingInConsistentData() {
            // given
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 30),
                    count(firearms(KZ, null, null), 2021, 120),
                    count(firearms(KZ, EventType.SEIZED, null), 2021, 100),
                    count(firearms(KZ, EventType.FOUND, null), 2021, 15),
                    count(firearms(KZ, EventType.SURRENDERED, null), 2021, 5),
                    count(firearms(KZ, EventType.SEIZED, WeaponType.SHOTGUN), 2021, 70));
            // then
            assertThat(defaults.validate(observations)).isEmpty();
        }

        @Test
        void rejectsARepeatedSeries() {
            List<Observation> observations = List.of(count(firearms(KZ, null, null), 2021, 1),
                    count(firearms(KZ, null, null), 2021, 2));
            assertThatThrownBy(() -> defaults.validate(observations))
                    .hasMessageStartingWith("observations must not repeat series KZ.ITEMS._T.FIREARM._T._T.WEAPONS");
        }
    }

    @Test
    void rejectsTwoRulesWithOneCode() {
        ValidationRule rule = defaults.rules().get(0);
        assertThatThrownBy(() -> new ValidationRuleSet(List.of(rule, rule)))
                .hasMessage("rules must have distinct codes, was ORIGIN_LE_SEIZED_FOUND_SURRENDERED twice");
    }
}
