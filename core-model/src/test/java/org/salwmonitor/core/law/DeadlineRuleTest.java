package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineRuleTest {

    @ParameterizedTest
    @CsvSource({
            "AFTER_ENTRY_INTO_FORCE(P1Y), 2018, 2018-03-08, 2019-03-08",
            "FOLLOWING_YEAR(--05-31),     2018, 2018-12-31, 2019-05-31",
            "SAME_YEAR(--12-31),          2018, 2018-12-31, 2018-12-31"})
    void computesTheDueDate(String text, int year, LocalDate periodEnd, LocalDate expected) {
        // given
        DeadlineRule rule = DeadlineRule.parse(text);
        // then
        assertThat(rule.dueDate(year, periodEnd)).isEqualTo(expected);
        assertThat(rule).hasToString(text);
    }

    @Test
    void onlyTheRuleAfterEntryIntoForceIsOneTime() {
        assertThat(DeadlineRule.parse("AFTER_ENTRY_INTO_FORCE(P1Y)").oneTime()).isTrue();
        assertThat(DeadlineRule.parse("FOLLOWING_YEAR(--05-31)").oneTime()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOLLOWING_YEAR(05-31)", "SAME_YEAR(--13-01)", "AFTER_ENTRY_INTO_FORCE(1Y)", "ANNUAL"})
    void rejectsOtherForms(String text) {
        assertThatThrownBy(() -> DeadlineRule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("was '" + text + "'");
    }

    @Test
    void rejectsZeroPeriod() {
        assertThatThrownBy(() -> new DeadlineRule.AfterEntryIntoForce(Period.ZERO))
                .hasMessage("period must be positive, was P0D");
    }

    @Test
    void rejectsNullDay() {
        assertThatThrownBy(() -> new DeadlineRule.FollowingYear(null)).hasMessage("day must not be null");
        assertThatThrownBy(() -> new DeadlineRule.SameYear(null)).hasMessage("day must not be null");
    }
}
