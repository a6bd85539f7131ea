package org.salwmonitor.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotAvailableReasonTest {

    @ParameterizedTest
    @EnumSource(NotAvailableReason.class)
    void hasDistinctEnglishAndRussianLabels(NotAvailableReason reason) {
        assertThat(reason.label(Locale.ENGLISH)).isNotBlank()
                .isNotEqualTo(reason.label(Locale.forLanguageTag("ru")));
        assertThat(reason.label(Locale.forLanguageTag("ru"))).matches(".*[а-я].*");
    }

    @Test
    void labelsZeroDenominator() {
        assertThat(NotAvailableReason.ZERO_DENOMINATOR.label(Locale.ENGLISH))
                .isEqualTo("no arms were seized, found or surrendered");
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> NotAvailableReason.ZERO_DENOMINATOR.label(null))
                .hasMessage("locale must not be null");
    }
}
