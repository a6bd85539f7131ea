package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponTypeTest {

    @Test
    void holdsTheFiveSmallArmsOfTheItiPlusShotguns() {
        assertThat(Arrays.stream(WeaponType.values()).filter(t -> t.category() == WeaponType.Category.SMALL_ARM))
                .containsExactly(WeaponType.PISTOL_OR_REVOLVER, WeaponType.RIFLE_OR_CARBINE, WeaponType.SHOTGUN,
                        WeaponType.SUB_MACHINE_GUN, WeaponType.ASSAULT_RIFLE, WeaponType.LIGHT_MACHINE_GUN);
    }

    @Test
    void holdsTheEightLightWeaponsOfTheIti() {
        assertThat(Arrays.stream(WeaponType.values()).filter(t -> t.category() == WeaponType.Category.LIGHT_WEAPON))
                .containsExactly(WeaponType.HEAVY_MACHINE_GUN, WeaponType.GRENADE_LAUNCHER,
                        WeaponType.PORTABLE_ANTI_AIRCRAFT_GUN, WeaponType.PORTABLE_ANTI_TANK_GUN,
                        WeaponType.RECOILLESS_RIFLE, WeaponType.ANTI_TANK_LAUNCHER, WeaponType.MANPADS,
                        WeaponType.MORTAR);
    }

    @Test
    void otherAndUnknownAreNeitherSmallArmsNorLightWeapons() {
        assertThat(WeaponType.OTHER.category()).isEqualTo(WeaponType.Category.OTHER);
        assertThat(WeaponType.UNKNOWN.category()).isEqualTo(WeaponType.Category.OTHER);
    }

    @ParameterizedTest
    @CsvSource({
            "PISTOL_OR_REVOLVER, pistols and revolvers, пистолеты и револьверы",
            "SHOTGUN, shotguns, гладкоствольные ружья",
            "MANPADS, man-portable air-defence systems (MANPADS), переносные зенитные ракетные комплексы (ПЗРК)"})
    void hasEnglishAndRussianLabels(WeaponType type, String english, String russian) {
        assertThat(type.label(Locale.ENGLISH)).isEqualTo(english);
        assertThat(type.label(Locale.forLanguageTag("ru-KZ"))).isEqualTo(russian);
    }
}
