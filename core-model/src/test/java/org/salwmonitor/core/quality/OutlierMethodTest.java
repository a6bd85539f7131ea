package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class OutlierMethodTest {

    @Test
    void hasDefaultThresholds() {
        assertThat(OutlierMethod.MODIFIED_Z.defaultThreshold()).isEqualTo(3.5);
        assertThat(OutlierMethod.Z_SCORE.defaultThreshold()).isEqualTo(3.0);
        assertThat(OutlierDetector.modifiedZ()).isEqualTo(new OutlierDetector(OutlierMethod.MODIFIED_Z, 3.5));
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(OutlierMethod.MODIFIED_Z.label(Locale.ENGLISH)).isEqualTo("modified z-score");
        assertThat(OutlierMethod.MODIFIED_Z.label(Locale.forLanguageTag("ru"))).isEqualTo("модифицированная z-оценка");
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> OutlierMethod.Z_SCORE.label(null)).hasMessage("locale must not be null");
    }
}
