package org.salwmonitor.core.quality;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.UnitOfMeasure;

/**
 * One side of a {@link ValidationRule}: a sum of {@link Term terms}.
 *
 * <p>Syntax: {@code term ( + term )*}, each term {@code INDICATOR} or {@code INDICATOR[DIMENSION=CODE, ...]}
 * (see {@link Term}). Example: {@code ITEMS[ITEM_CLASS=FIREARM, EVENT=SEIZED] + ITEMS[ITEM_CLASS=FIREARM,
 * EVENT=FOUND]}.
 *
 * <p>Invariants: at least one term; every term has the same unit, so counts in different units (weapons
 * and rounds, say) are never added.
 *
 * @param terms  the terms, not empty, one unit
 */
public record Expression(List<Term> terms) {

    /** Validates that there is a term and that all terms share one unit. */
    public Expression {
        terms = Require.copyOf(terms, "terms");
        Require.that(!terms.isEmpty(), "terms must not be empty, was []");
        UnitOfMeasure unit = terms.get(0).unit();
        for (Term term : terms) {
            Require.that(term.unit() == unit, "terms must share one unit, was " + unit + " for " + terms.get(0)
                    + " and " + term.unit() + " for " + term);
        }
    }

    /**
     * Returns the sum of the given terms.
     *
     * @param terms  the terms, not empty
     * @return the expression, not null
     */
    public static Expression of(Term... terms) {
        return new Expression(Arrays.asList(Require.nonNull(terms, "terms")));
    }

    /**
     * Reads an expression: terms joined by {@code +}.
     *
     * @param text  the text, not null
     * @return the expression, not null
     * @throws IllegalArgumentException if a term is malformed or invalid, or the units differ
     */
    public static Expression parse(String text) {
        Require.nonNull(text, "expression");
        Require.that(!text.isBlank(), "expression must not be blank, was '" + text + "'");
        return new Expression(Arrays.stream(text.split("\\+", -1)).map(Term::parse).toList());
    }

    /** Returns the unit shared by every term. */
    public UnitOfMeasure unit() {
        return terms.get(0).unit();
    }

    /** Returns the written form, the terms joined by {@code  + }; it parses back to this expression. */
    @Override
    public String toString() {
        return terms.stream().map(Term::toString).collect(Collectors.joining(" + "));
    }
}
