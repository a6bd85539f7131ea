package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KZ;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.statistics.Period;

class ValidationViolationTest {

    private final ValidationRule rule = ValidationRuleSet.defaults().rule("ORIGIN_LE_FIREARMS_TOTAL").orElseThrow();

    @Test
    void saysRuleAreaPeriodAndBothSidesInEnglish() {
        // given
        ValidationViolation violation = new ValidationViolation(rule, KZ, Period.ofYear(2021), 120, 100);
        // then
        assertThat(violation.importance()).isEqualTo(Importance.HIGH);
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("KZ 2021: rule ORIGIN_LE_FIREARMS_TOTAL (arms with"
                + " established illicit origin at most the firearms total, importance: high) is violated: left side"
                + " 120 <= right side 100 does not hold [ORIGIN_ESTABLISHED <= ITEMS[ITEM_CLASS=FIREARM]]");
        assertThat(violation).hasToString(violation.message(Locale.ENGLISH));
    }

    @Test
    void saysTheSameInRussian() {
        // given
        ValidationViolation violation = new ValidationViolation(rule, KZ, Period.ofYear(2021), 120, 100);
        // then
        assertThat(violation.message(Locale.forLanguageTag("ru"))).isEqualTo("KZ 2021: нарушено правило"
                + " ORIGIN_LE_FIREARMS_TOTAL (оружие с установленным незаконным происхождением не больше общего"
                + " количества оружия, важность: высокая): левая часть 120 <= правая часть 100 не выполняется"
                + " [ORIGIN_ESTABLISHED <= ITEMS[ITEM_CLASS=FIREARM]]");
    }

    @Test
    void rejectsValuesThatSatisfyTheRule() {
        assertThatThrownBy(() -> new ValidationViolation(rule, KZ, Period.ofYear(2021), 100, 120))
                .hasMessage("leftValue and rightValue must violate rule ORIGIN_LE_FIREARMS_TOTAL (ORIGIN_ESTABLISHED"
                        + " <= ITEMS[ITEM_CLASS=FIREARM]), was 100 <= 120, which holds");
    }

    @Test
    void rejectsANegativeValue() {
        assertThatThrownBy(() -> new ValidationViolation(rule, KZ, Period.ofYear(2021), 1, -1))
                .hasMessage("rightValue must not be negative, was -1");
    }

    @Test
    void rejectsNullArea() {
        assertThatThrownBy(() -> new ValidationViolation(rule, null, Period.ofYear(2021), 2, 1))
                .hasMessage("area must not be null");
    }
}
