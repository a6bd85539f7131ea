package org.salwmonitor.core.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;

/**
 * A validation rule in the DHIS2 spirit: left expression, operator, right expression, evaluated for each
 * reference area and period on the observations of that area and period. The rule holds when
 * {@code left operator right}; otherwise it yields a {@link ValidationViolation}.
 *
 * <p>Evaluation: each term of an expression is the sum of the counts of the observations it selects; it is
 * missing when none of them has a count. The {@link MissingValueStrategy} decides, per side, whether the
 * rule is skipped or missing terms count as 0. Observations with a missing status add nothing.
 *
 * <p>Invariants: the code is upper-case letters, digits and underscores; names are not blank; both sides
 * share one unit, so a rule never compares weapons with rounds.
 *
 * @param code                  an identifier such as {@code ORIGIN_LE_SEIZED_FOUND_SURRENDERED}
 * @param nameEn                the English name, not blank
 * @param nameRu                the Russian name, not blank
 * @param left                  the left side, not null
 * @param operator              the comparison, not null
 * @param right                 the right side, not null; same unit as the left side
 * @param missingValueStrategy  what to do when values are missing, not null
 * @param importance            how serious a violation is, not null
 */
public record ValidationRule(String code, String nameEn, String nameRu, Expression left, Operator operator,
        Expression right, MissingValueStrategy missingValueStrategy, Importance importance) {


    /** Validates every field and that both sides share one unit. */
    public ValidationRule {
        Require.code(code, "code");
        nameEn = Require.nonBlank(nameEn, "nameEn");
        nameRu = Require.nonBlank(nameRu, "nameRu");
        Require.nonNull(left, "left");
        Require.nonNull(operator, "operator");
        Require.nonNull(right, "right");
        Require.nonNull(missingValueStrategy, "missingValueStrategy");
        Require.nonNull(importance, "importance");
        Require.that(left.unit() == right.unit(), "left and right must share one unit, was " + left.unit()
                + " for '" + left + "' and " + right.unit() + " for '" + right + "' in rule " + code);
    }

    /**
     * Evaluates the rule for one area and period. Observations of other areas or periods are ignored.
     *
     * @param area          the reference area, not null
     * @param period        the period, not null
     * @param observations  the observations, not null, no two with the same series and period
     * @return the violation, or empty if the rule holds or is skipped for missing values
     * @throws IllegalArgumentException if two observations of the area and period have the same series
     */
    public Optional<ValidationViolation> evaluate(Country area, Period period, Collection<Observation> observations) {
        Require.nonNull(area, "area");
        Require.nonNull(period, "period");
        Set<SeriesKey> seen = new HashSet<>();
        List<Observation> selected = new ArrayList<>();
        for (Observation observation : Require.copyOf(observations, "observations")) {
            if (observation.key().area().equals(area) && observation.period().equals(period)) {
                Require.that(seen.add(observation.key()), "observations must not repeat series " + observation.key()
                        + " and period " + period + ", was " + observation);
                selected.add(observation);
            }
        }
        return evaluateSelected(area, period, selected);
    }

    /** Evaluates the rule on observations already known to be of this area and period, without repeats. */
    Optional<ValidationViolation> evaluateSelected(Country area, Period period, Collection<Observation> observations) {
        Side leftSide = Side.of(left, observations);
        Side rightSide = Side.of(right, observations);
        if (leftSide.skipped(missingValueStrategy) || rightSide.skipped(missingValueStrategy)
                || operator.test(leftSide.value, rightSide.value)) {
            return Optional.empty();
        }
        return Optional.of(new ValidationViolation(this, area, period, leftSide.value, rightSide.value));
    }

    /**
     * Returns a copy with another missing-value strategy.
     *
     * @param strategy  the strategy, not null
     * @return the copy, not null
     */
    public ValidationRule withMissingValueStrategy(MissingValueStrategy strategy) {
        return new ValidationRule(code, nameEn, nameRu, left, operator, right, strategy, importance);
    }

    /**
     * Returns the name in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the name, not null
     */
    public String name(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    /** Returns the rule written out, e.g. {@code ORIGIN_ESTABLISHED <= ITEMS[ITEM_CLASS=FIREARM]}. */
    public String formula() {
        return left + " " + operator.symbol() + " " + right;
    }

    /** The value of one side: the sum of its terms' counts and how many terms were missing. */
    private record Side(long value, int missingTerms, int terms) {

        static Side of(Expression expression, Collection<Observation> observations) {
            long value = 0;
            int missing = 0;
            for (Term term : expression.terms()) {
                boolean found = false;
                for (Observation observation : observations) {
                    if (!observation.isMissing() && term.matches(observation.key())) {
                        value = Math.addExact(value, observation.value().asLong().getAsLong());
                        found = true;
                    }
                }
                missing += found ? 0 : 1;
            }
            return new Side(value, missing, expression.terms().size());
        }

        boolean skipped(MissingValueStrategy strategy) {
            return switch (strategy) {
                case SKIP_IF_ANY_VALUE_MISSING -> missingTerms > 0;
                case SKIP_IF_ALL_VALUES_MISSING -> missingTerms == terms;
                case NEVER_SKIP -> false;
            };
        }
    }
}
