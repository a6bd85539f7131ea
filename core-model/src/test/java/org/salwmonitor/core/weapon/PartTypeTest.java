package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PartTypeTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheFiveArticle3bPartsWithLabels() {
        assertThat(PartType.values()).containsExactly(PartType.BARREL, PartType.FRAME_OR_RECEIVER,
                PartType.SLIDE_OR_CYLINDER, PartType.BOLT_OR_BREECH_BLOCK, PartType.SOUND_SUPPRESSOR);
        assertThat(PartType.BARREL.label(Locale.ENGLISH)).isEqualTo("barrel");
        assertThat(PartType.BARREL.label(RU)).isEqualTo("ствол");
        assertThat(Arrays.stream(PartType.values()).map(p -> p.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void onlyTheFrameOrReceiverCarriesThePrimarySerial() {
        assertThat(Arrays.stream(PartType.values()).filter(PartType::carriesPrimarySerial))
                .containsExactly(PartType.FRAME_OR_RECEIVER);
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> PartType.BARREL.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
