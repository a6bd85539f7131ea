package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NationalCategoryTest {

    @Test
    void holdsCodeParentLabelsAndMapping() {
        // when
        NationalCategory pistols = new NationalCategory("PISTOLS", "RIFLED", " pistols ", "пистолеты",
                WeaponType.PISTOL_OR_REVOLVER);
        // then
        assertThat(pistols.isTopLevel()).isFalse();
        assertThat(pistols.isAggregateOnly()).isFalse();
        assertThat(pistols.label(Locale.ENGLISH)).isEqualTo("pistols");
        assertThat(pistols.label(Locale.forLanguageTag("ru"))).isEqualTo("пистолеты");
    }

    @Test
    void topLevelAggregateHasNoParentAndNoMapping() {
        // when
        NationalCategory rifled = NationalCategory.topLevel("RIFLED", "rifled", "нарезное", null);
        // then
        assertThat(rifled.isTopLevel()).isTrue();
        assertThat(rifled.isAggregateOnly()).isTrue();
    }

    @Test
    void rejectsMalformedCode() {
        assertThatThrownBy(() -> NationalCategory.topLevel("rifled", "rifled", "нарезное", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was 'rifled'");
    }

    @Test
    void rejectsMalformedParentCode() {
        assertThatThrownBy(() -> new NationalCategory("A", "b-1", "a", "а", WeaponType.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentCode must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was 'b-1'");
    }

    @Test
    void rejectsBeingItsOwnParent() {
        assertThatThrownBy(() -> new NationalCategory("A", "A", "a", "а", WeaponType.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentCode must differ from code, was 'A' for both");
    }

    @Test
    void rejectsBlankLabels() {
        assertThatThrownBy(() -> NationalCategory.topLevel("A", " ", "а", WeaponType.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labelEn must not be blank, was ' '");
        assertThatThrownBy(() -> NationalCategory.topLevel("A", "a", "", WeaponType.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labelRu must not be blank, was ''");
    }
}
