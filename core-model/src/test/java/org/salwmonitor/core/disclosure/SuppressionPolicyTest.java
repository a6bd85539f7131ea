package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionPolicyTest {

    @Test
    void defaultsToThresholdThreeWithSuppressibleTotalsAndOnePatternAcrossYears() {
        // when
        SuppressionPolicy policy = SuppressionPolicy.defaults();
        // then
        assertThat(policy).isEqualTo(new SuppressionPolicy(3, true, true));
    }

    @Test
    void copiesWithOneFieldChanged() {
        // given
        SuppressionPolicy policy = SuppressionPolicy.defaults();
        // then
        assertThat(policy.withThreshold(5)).isEqualTo(new SuppressionPolicy(5, true, true));
        assertThat(policy.withTotalsSuppressible(false)).isEqualTo(new SuppressionPolicy(3, false, true));
        assertThat(policy.withConsistentAcrossYears(false)).isEqualTo(new SuppressionPolicy(3, true, false));
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, true", "2, true", "3, false", "100, false"})
    void treatsPositiveCountsBelowTheThresholdAsSensitive(long count, boolean sensitive) {
        assertThat(SuppressionPolicy.defaults().isSensitive(count)).isEqualTo(sensitive);
    }

    @Test
    void thresholdOneMakesNothingSensitive() {
        assertThat(SuppressionPolicy.defaults().withThreshold(1).isSensitive(1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void rejectsThresholdBelowOne(int threshold) {
        assertThatThrownBy(() -> SuppressionPolicy.defaults().withThreshold(threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be positive, was " + threshold);
    }
}
