package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.statistics.UnitOfMeasure;

class ExpressionTest {

    @Test
    void readsASumOfTerms() {
        // when
        Expression expression = Expression.parse("ITEMS[ITEM_CLASS=FIREARM,EVENT=SEIZED]+ITEMS[ITEM_CLASS=FIREARM,"
                + "EVENT=FOUND]");
        // then
        assertThat(expression.terms()).hasSize(2);
        assertThat(expression.unit()).isEqualTo(UnitOfMeasure.WEAPONS);
        assertThat(expression).hasToString("ITEMS[EVENT=SEIZED, ITEM_CLASS=FIREARM] + ITEMS[EVENT=FOUND,"
                + " ITEM_CLASS=FIREARM]");
        assertThat(Expression.parse(expression.toString())).isEqualTo(expression);
    }

    @Test
    void neverAddsRoundsToWeapons() {
        assertThatThrownBy(() -> Expression.parse("ITEMS[ITEM_CLASS=FIREARM] + ITEMS[ITEM_CLASS=AMMUNITION]"))
                .hasMessage("terms must share one unit, was WEAPONS for ITEMS[ITEM_CLASS=FIREARM] and ROUNDS for"
                        + " ITEMS[ITEM_CLASS=AMMUNITION]");
    }

    @Test
    void rejectsNoTerms() {
        assertThatThrownBy(() -> new Expression(List.of())).hasMessage("terms must not be empty, was []");
    }

    @Test
    void rejectsBlankText() {
        assertThatThrownBy(() -> Expression.parse("  ")).hasMessage("expression must not be blank, was '  '");
    }

    @Test
    void rejectsADanglingPlus() {
        assertThatThrownBy(() -> Expression.parse("ORIGIN_ESTABLISHED +"))
                .hasMessageStartingWith("indicator must be one of").hasMessageEndingWith(", was ''");
    }
}
