package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KG;
import static org.salwmonitor.core.quality.Fixtures.KZ;
import static org.salwmonitor.core.quality.Fixtures.count;
import static org.salwmonitor.core.quality.Fixtures.firearms;
import static org.salwmonitor.core.quality.Fixtures.key;
import static org.salwmonitor.core.quality.Fixtures.missing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;

class ValidationRuleTest {

    private static final Period Y2021 = Period.ofYear(2021);

    private static ValidationRule originRule(MissingValueStrategy strategy) {
        return new ValidationRule("ORIGIN_LE_PARTS", "origin at most parts", "происхождение не больше частей",
                Expression.parse("ORIGIN_ESTABLISHED"), Operator.LE,
                Expression.parse("ITEMS[ITEM_CLASS=FIREARM, EVENT=SEIZED] + ITEMS[ITEM_CLASS=FIREARM, EVENT=FOUND]"),
                strategy, Importance.HIGH);
    }

    @Nested
    class Evaluate {

        @Test
        void reportsBothSidesWhenViolated() {
            // given
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 30),
                    count(firearms(KZ, EventType.SEIZED, null), 2021, 20),
                    count(firearms(KZ, EventType.FOUND, null), 2021, 5));
            // when
            Optional<ValidationViolation> violation = originRule(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                    .evaluate(KZ, Y2021, observations);
            // then
            assertThat(violation).hasValueSatisfying(found -> {
                assertThat(found.leftValue()).isEqualTo(30);
                assertThat(found.rightValue()).isEqualTo(25);
                assertThat(found.area()).isEqualTo(KZ);
                assertThat(found.period()).isEqualTo(Y2021);
                assertThat(found.operator()).isEqualTo(Operator.LE);
            });
        }

        @Test
        void isEmptyWhenTheRuleHolds() {
            // given
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 25),
                    count(firearms(KZ, EventType.SEIZED, null), 2021, 20),
                    count(firearms(KZ, EventType.FOUND, null), 2021, 5));
            // then
            assertThat(originRule(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING).evaluate(KZ, Y2021, observations))
                    .isEmpty();
        }

        @Test
        void ignoresOtherAreasAndPeriods() {
            // given
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 30),
                    count(firearms(KG, EventType.SEIZED, null), 2021, 20),
                    count(firearms(KZ, EventType.FOUND, null), 2020, 5));
            // then: on KZ 2021 only the left side is known, so NEVER_SKIP compares 30 with 0
            assertThat(originRule(MissingValueStrategy.NEVER_SKIP).evaluate(KZ, Y2021, observations))
                    .hasValueSatisfying(found -> assertThat(found.rightValue()).isZero());
        }

        @Test
        void rejectsARepeatedSeries() {
            List<Observation> observations = List.of(count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 30),
                    count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 31));
            assertThatThrownBy(() -> originRule(MissingValueStrategy.NEVER_SKIP).evaluate(KZ, Y2021, observations))
                    .hasMessageStartingWith("observations must not repeat series KZ.ORIGIN_ESTABLISHED._T._T._T._T"
                            + ".WEAPONS and period 2021");
        }
    }

    @Nested
    class MissingValues {

        /** Left 30; right: SEIZED 20 and FOUND as given (absent, missing status or a count). */
        @ParameterizedTest
        @CsvSource({
                "SKIP_IF_ANY_VALUE_MISSING, absent, false",
                "SKIP_IF_ANY_VALUE_MISSING, missing, false",
                "SKIP_IF_ANY_VALUE_MISSING, 5, true",
                "SKIP_IF_ALL_VALUES_MISSING, absent, true",
                "SKIP_IF_ALL_VALUES_MISSING, missing, true",
                "NEVER_SKIP, missing, true"})
        void decideWhetherTheRuleIsEvaluated(MissingValueStrategy strategy, String found, boolean violated) {
            // given
            List<Observation> observations = new java.util.ArrayList<>(List.of(
                    count(key(KZ, Indicator.ORIGIN_ESTABLISHED), 2021, 30),
                    count(firearms(KZ, EventType.SEIZED, null), 2021, 20)));
            if (found.equals("missing")) {
                observations.add(missing(firearms(KZ, EventType.FOUND, null), 2021));
            } else if (!found.equals("absent")) {
                observations.add(count(firearms(KZ, EventType.FOUND, null), 2021, Long.parseLong(found)));
            }
            // when
            Optional<ValidationViolation> violation = originRule(strategy).evaluate(KZ, Y2021, observations);
            // then
            assertThat(violation.isPresent()).isEqualTo(violated);
        }

        @Test
        void skipIfAllMissingSkipsASideWithNoValueAtAll() {
            // given: no origin on the left
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED, null), 2021, 20));
            ValidationRule reversed = new ValidationRule("PARTS_LE_ORIGIN", "reversed", "наоборот",
                    Expression.parse("ITEMS[ITEM_CLASS=FIREARM, EVENT=SEIZED]"), Operator.LE,
                    Expression.parse("ORIGIN_ESTABLISHED"), MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING,
                    Importance.LOW);
            // then
            assertThat(reversed.evaluate(KZ, Y2021, observations)).isEmpty();
            assertThat(reversed.withMissingValueStrategy(MissingValueStrategy.NEVER_SKIP).evaluate(KZ, Y2021, observations))
                    .isPresent();
        }
    }

    @Nested
    class Invalid {

        @Test
        void neverComparesRoundsWithWeapons() {
            assertThatThrownBy(() -> new ValidationRule("ROUNDS_LE_WEAPONS", "rounds", "патроны",
                    Expression.parse("ITEMS[ITEM_CLASS=AMMUNITION]"), Operator.LE,
                    Expression.parse("ITEMS[ITEM_CLASS=FIREARM]"), MissingValueStrategy.NEVER_SKIP, Importance.HIGH))
                    .hasMessage("left and right must share one unit, was ROUNDS for 'ITEMS[ITEM_CLASS=AMMUNITION]' and"
                            + " WEAPONS for 'ITEMS[ITEM_CLASS=FIREARM]' in rule ROUNDS_LE_WEAPONS");
        }

        @Test
        void rejectsALowerCaseCode() {
            assertThatThrownBy(() -> new ValidationRule("origin", "n", "н", Expression.parse("ORIGIN_ESTABLISHED"),
                    Operator.LE, Expression.parse("ORIGIN_ESTABLISHED"), MissingValueStrategy.NEVER_SKIP,
                    Importance.HIGH))
                    .hasMessage("code must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was 'origin'");
        }

        @Test
        void rejectsABlankName() {
            assertThatThrownBy(() -> new ValidationRule("R", " ", "н", Expression.parse("ORIGIN_ESTABLISHED"),
                    Operator.LE, Expression.parse("ORIGIN_ESTABLISHED"), MissingValueStrategy.NEVER_SKIP,
                    Importance.HIGH)).hasMessage("nameEn must not be blank, was ' '");
        }

        @Test
        void rejectsNullOperator() {
            assertThatThrownBy(() -> new ValidationRule("R", "n", "н", Expression.parse("ORIGIN_ESTABLISHED"),
                    null, Expression.parse("ORIGIN_ESTABLISHED"), MissingValueStrategy.NEVER_SKIP,
                    Importance.HIGH)).hasMessage("operator must not be null");
        }
    }

    @Test
    void hasNamesInBothLanguagesAndAFormula() {
        // given
        ValidationRule rule = originRule(MissingValueStrategy.NEVER_SKIP);
        // then
        assertThat(rule.name(Locale.ENGLISH)).isEqualTo("origin at most parts");
        assertThat(rule.name(Locale.forLanguageTag("ru"))).isEqualTo("происхождение не больше частей");
        assertThat(rule.formula()).isEqualTo("ORIGIN_ESTABLISHED <= ITEMS[EVENT=SEIZED, ITEM_CLASS=FIREARM]"
                + " + ITEMS[EVENT=FOUND, ITEM_CLASS=FIREARM]");
    }
}
