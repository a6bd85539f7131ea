package org.salwmonitor.core.quality;

import java.util.Locale;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Period;

/**
 * A {@link ValidationRule} that does not hold for one reference area and period, with the values of
 * both sides (missing terms counted as 0 where the rule's strategy says so).
 *
 * <p>Invariant: {@code leftValue operator rightValue} is false for the rule's operator.
 *
 * @param rule        the violated rule, not null
 * @param area        the reference area, not null
 * @param period      the period, not null
 * @param leftValue   the value of the left side, not negative
 * @param rightValue  the value of the right side, not negative
 */
public record ValidationViolation(ValidationRule rule, Country area, Period period, long leftValue,
        long rightValue) {

    /** Validates that the values really violate the rule. */
    public ValidationViolation {
        Require.nonNull(rule, "rule");
        Require.nonNull(area, "area");
        Require.nonNull(period, "period");
        Require.nonNegative(leftValue, "leftValue");
        Require.nonNegative(rightValue, "rightValue");
        Require.that(!rule.operator().test(leftValue, rightValue), "leftValue and rightValue must violate rule "
                + rule.code() + " (" + rule.formula() + "), was " + leftValue + " " + rule.operator().symbol() + " "
                + rightValue + ", which holds");
    }

    /** Returns the operator of the rule. */
    public Operator operator() {
        return rule.operator();
    }

    /** Returns the importance of the rule. */
    public Importance importance() {
        return rule.importance();
    }

    /**
     * Returns the message in the language of the locale: Russian for {@code ru}, English otherwise, e.g.
     * {@code KZ 2021: rule ORIGIN_LE_FIREARMS_TOTAL (...) is violated: left side 120 <= right side 100 does not hold}.
     *
     * @param locale  the locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        Require.nonNull(locale, "locale");
        String comparison = leftValue + " " + operator().symbol() + " ";
        if ("ru".equals(locale.getLanguage())) {
            return area + " " + period + ": нарушено правило " + rule.code() + " (" + rule.nameRu() + ", важность: "
                    + importance().label(locale) + "): левая часть " + comparison
                    + "правая часть " + rightValue + " не выполняется [" + rule.formula() + "]";
        }
        return area + " " + period + ": rule " + rule.code() + " (" + rule.nameEn() + ", importance: "
                + importance().label(locale) + ") is violated: left side " + comparison + "right side " + rightValue
                + " does not hold [" + rule.formula() + "]";
    }

    /** Returns the English message. */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
