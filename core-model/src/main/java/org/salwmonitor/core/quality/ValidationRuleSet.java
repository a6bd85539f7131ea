package org.salwmonitor.core.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Observations;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * A set of {@link ValidationRule validation rules} with distinct codes, evaluated together on a
 * collection of observations for every reference area and period that occurs in it.
 *
 * <p>{@link #defaults()} holds the rules of this domain:
 * <ul>
 *   <li>{@code ORIGIN_LE_SEIZED_FOUND_SURRENDERED} (high): arms with established illicit origin &le; firearms
 *       seized + found + surrendered (the SDG 16.4.2 numerator never exceeds its denominator);</li>
 *   <li>{@code ORIGIN_LE_FIREARMS_TOTAL} (high): the same against the event total, for states that report
 *       only the total;</li>
 *   <li>{@code WEAPON_TYPES_LE_TOTAL_SEIZED}, {@code _FOUND}, {@code _SURRENDERED}, {@code _ALL_EVENTS}
 *       (high): the sum over weapon types &le; the firearms total of the event, where both are reported;
 *       not equality, since a state may break down only part of its firearms;</li>
 *   <li>{@code EVENTS_LE_TOTAL_FIREARM}, {@code _PARTS_AND_COMPONENTS}, {@code _AMMUNITION} (high): the sum
 *       over events &le; the event total of the item class, where both are reported;</li>
 *   <li>{@code TRACE_ANSWERED_LE_SENT} (low): trace requests answered &le; sent in the same period; an answer
 *       may come in a later period than its request, so a violation calls for a look, not a correction;</li>
 *   <li>{@code CONVICTED_LE_PROSECUTED} (low): persons convicted &le; persons prosecuted in the same period;
 *       a conviction may come in a later year than the prosecution, with the same caveat.</li>
 * </ul>
 * All default rules skip an area and period when any of their values is missing.
 *
 * <p>"Ammunition is counted in rounds, never in weapons" is not a rule here, because no valid data can
 * break it: a {@code SeriesKey} rejects ammunition in any unit but rounds, so an observation in breach
 * cannot be built, and an {@link Expression} or {@link ValidationRule} rejects adding or comparing counts in
 * different units. A rule that can never fire would only look like a check. Raw input rows in breach are
 * rejected when they are turned into observations, with the SeriesKey's message.
 *
 * @param rules  the rules, not null, distinct codes
 */
public record ValidationRuleSet(List<ValidationRule> rules) {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Comparator<ValidationViolation> ORDER = Comparator
            .comparing(ValidationViolation::area)
            .thenComparing(ValidationViolation::period)
            .thenComparing(ValidationViolation::importance)
            .thenComparing(violation -> violation.rule().code());

    /** Validates that no two rules share a code. */
    public ValidationRuleSet {
        rules = Require.copyOf(rules, "rules");
        Set<String> codes = new HashSet<>();
        for (ValidationRule rule : rules) {
            Require.that(codes.add(rule.code()), "rules must have distinct codes, was " + rule.code() + " twice");
        }
    }

    /**
     * Returns the default rules of this domain, listed in the type's description.
     *
     * @return the rule set, not null
     */
    public static ValidationRuleSet defaults() {
        List<ValidationRule> rules = new ArrayList<>();
        String firearms = "ITEMS[ITEM_CLASS=FIREARM, EVENT=";
        rules.add(rule("ORIGIN_LE_SEIZED_FOUND_SURRENDERED",
                "arms with established illicit origin at most arms seized, found and surrendered",
                "оружие с установленным незаконным происхождением не больше изъятого, обнаруженного и сданного",
                "ORIGIN_ESTABLISHED", Operator.LE,
                firearms + "SEIZED] + " + firearms + "FOUND] + " + firearms + "SURRENDERED]", Importance.HIGH));
        rules.add(rule("ORIGIN_LE_FIREARMS_TOTAL",
                "arms with established illicit origin at most the firearms total",
                "оружие с установленным незаконным происхождением не больше общего количества оружия",
                "ORIGIN_ESTABLISHED", Operator.LE, "ITEMS[ITEM_CLASS=FIREARM]", Importance.HIGH));
        for (EventType event : EventType.values()) {
            rules.add(rule("WEAPON_TYPES_LE_TOTAL_" + event, "firearms " + event.label(Locale.ENGLISH)
                    + ": sum over weapon types at most the total",
                    "оружие (" + event.label(RUSSIAN) + "): сумма по типам не больше итога",
                    firearms + event + ", WEAPON_TYPE=*]", Operator.LE, firearms + event + "]", Importance.HIGH));
        }
        rules.add(rule("WEAPON_TYPES_LE_TOTAL_ALL_EVENTS", "firearms: sum over weapon types at most the total",
                "оружие: сумма по типам не больше итога",
                "ITEMS[ITEM_CLASS=FIREARM, WEAPON_TYPE=*]", Operator.LE, "ITEMS[ITEM_CLASS=FIREARM]", Importance.HIGH));
        for (ItemClass itemClass : ItemClass.values()) {
            rules.add(rule("EVENTS_LE_TOTAL_" + itemClass, itemClass.label(Locale.ENGLISH)
                    + ": seized, found and surrendered at most the total",
                    itemClass.label(RUSSIAN) + ": изъятые, обнаруженные и сданные не больше итога",
                    "ITEMS[ITEM_CLASS=" + itemClass + ", EVENT=*]", Operator.LE, "ITEMS[ITEM_CLASS=" + itemClass + "]",
                    Importance.HIGH));
        }
        rules.add(rule("TRACE_ANSWERED_LE_SENT", "trace requests answered at most trace requests sent",
                "запросов с ответом не больше направленных запросов",
                "TRACE_REQUESTS_ANSWERED", Operator.LE, "TRACE_REQUESTS_SENT", Importance.LOW));
        rules.add(rule("CONVICTED_LE_PROSECUTED", "persons convicted at most persons prosecuted",
                "осуждённых не больше лиц, подвергнутых уголовному преследованию",
                "PERSONS_CONVICTED", Operator.LE, "PERSONS_PROSECUTED", Importance.LOW));
        return new ValidationRuleSet(rules);
    }

    private static ValidationRule rule(String code, String nameEn, String nameRu, String left, Operator operator,
            String right, Importance importance) {
        return new ValidationRule(code, nameEn, nameRu, Expression.parse(left), operator, Expression.parse(right),
                MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, importance);
    }

    /**
     * Returns the rule with this code.
     *
     * @param code  the code, not null
     * @return the rule, or empty if the set has none with this code
     */
    public Optional<ValidationRule> rule(String code) {
        Require.nonNull(code, "code");
        return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }

    /**
     * Evaluates every rule for every reference area and period that has an observation.
     *
     * @param observations  the observations, not null, no two with the same series and period
     * @return the violations ordered by area, period, importance (high first) and rule code, not null
     * @throws IllegalArgumentException if two observations have the same series and period
     */
    public List<ValidationViolation> validate(Collection<Observation> observations) {
        Observations.bySeries(observations); // rejects repeated series and period
        Map<Country, Map<Period, List<Observation>>> groups = new LinkedHashMap<>();
        for (Observation observation : observations) {
            groups.computeIfAbsent(observation.key().area(), area -> new LinkedHashMap<>())
                    .computeIfAbsent(observation.period(), period -> new ArrayList<>()).add(observation);
        }
        List<ValidationViolation> violations = new ArrayList<>();
        groups.forEach((area, periods) -> periods.forEach((period, group) -> {
            for (ValidationRule rule : rules) {
                rule.evaluateSelected(area, period, group).ifPresent(violations::add);
            }
        }));
        violations.sort(ORDER);
        return List.copyOf(violations);
    }
}
