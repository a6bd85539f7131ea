package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NationalCategorySchemeTest {

    private static final Country KZ = Country.of("KZ");

    @Nested
    class Kazakhstan2005 {

        private final NationalCategoryScheme scheme = NationalCategoryScheme.kazakhstan2005();

        @Test
        void shipsTheReportedTreeWithItsSource() {
            assertThat(scheme.country()).isEqualTo(KZ);
            assertThat(scheme.source()).contains("PoA-ISS country profile, Kazakhstan");
            assertThat(scheme.topLevel()).extracting(NationalCategory::code)
                    .containsExactly("SMOOTHBORE", "GAS", "HOME_MADE", "RIFLED");
            assertThat(scheme.children("RIFLED")).extracting(NationalCategory::code)
                    .containsExactly("AUTOMATIC", "RIFLES_AND_CARBINES", "COMBINED", "PISTOLS_AND_REVOLVERS");
            assertThat(scheme.category("RIFLED").isAggregateOnly()).isTrue();
        }

        @Test
        void reportedCountsAddUpAsTheSourceSays() {
            // given
            Map<String, Long> seized = NationalCategoryScheme.kazakhstan2005SeizedCounts();
            // then
            assertThat(seized.get("SMOOTHBORE") + seized.get("GAS") + seized.get("HOME_MADE") + seized.get("RIFLED"))
                    .isEqualTo(9_607L);
            assertThat(seized.get("AUTOMATIC") + seized.get("RIFLES_AND_CARBINES") + seized.get("COMBINED")
                    + seized.get("PISTOLS_AND_REVOLVERS")).isEqualTo(seized.get("RIFLED")).isEqualTo(950L);
        }

        @Test
        void mapsEveryLevelToCommonTypesAddingUpTo9607() {
            // when
            Map<WeaponType, Long> counts = scheme.toCommonTypes(NationalCategoryScheme.kazakhstan2005SeizedCounts());
            // then
            assertThat(counts).containsExactly(
                    entry(WeaponType.PISTOL_OR_REVOLVER, 372L),
                    entry(WeaponType.RIFLE_OR_CARBINE, 532L),
                    entry(WeaponType.SHOTGUN, 7_195L),
                    entry(WeaponType.ASSAULT_RIFLE, 13L),
                    entry(WeaponType.OTHER, 1_118L + 344L + 33L));
            assertThat(total(counts)).isEqualTo(9_607L);
        }

        @Test
        void topLevelOnlyLeavesTheRifledAsUnknown() {
            // given
            Map<String, Long> topOnly = Map.of("SMOOTHBORE", 7_195L, "GAS", 1_118L, "HOME_MADE", 344L, "RIFLED", 950L);
            // when
            Map<WeaponType, Long> counts = scheme.toCommonTypes(topOnly);
            // then
            assertThat(counts).containsExactly(
                    entry(WeaponType.SHOTGUN, 7_195L),
                    entry(WeaponType.OTHER, 1_462L),
                    entry(WeaponType.UNKNOWN, 950L));
            assertThat(total(counts)).isEqualTo(9_607L);
        }

        @Test
        void partlyReportedChildrenLeaveTheRemainderToTheParent() {
            // given: rifled 950, of which only pistols (372) and automatic (13) are broken down
            Map<String, Long> reported = Map.of("RIFLED", 950L, "PISTOLS_AND_REVOLVERS", 372L, "AUTOMATIC", 13L);
            // when
            Map<WeaponType, Long> counts = scheme.toCommonTypes(reported);
            // then
            assertThat(counts).containsExactly(
                    entry(WeaponType.PISTOL_OR_REVOLVER, 372L),
                    entry(WeaponType.ASSAULT_RIFLE, 13L),
                    entry(WeaponType.UNKNOWN, 565L));
        }

        @Test
        void childrenWithoutTheirParentAreCountedOnce() {
            // given
            Map<String, Long> reported = Map.of("RIFLES_AND_CARBINES", 532L, "COMBINED", 33L);
            // when
            Map<WeaponType, Long> counts = scheme.toCommonTypes(reported);
            // then
            assertThat(counts).containsExactly(entry(WeaponType.RIFLE_OR_CARBINE, 532L), entry(WeaponType.OTHER, 33L));
        }

        @Test
        void rejectsChildrenSummingToMoreThanTheParent() {
            // given
            Map<String, Long> reported = Map.of("RIFLED", 950L, "PISTOLS_AND_REVOLVERS", 900L, "AUTOMATIC", 60L);
            // then
            assertThatThrownBy(() -> scheme.toCommonTypes(reported))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("category RIFLED of scheme KZ_2005 was reported as 950 but its reported children sum "
                            + "to 960; children must not sum to more than their parent (parent = children + remainder)");
        }

        @Test
        void rejectsUnknownCategory() {
            assertThatThrownBy(() -> scheme.toCommonTypes(Map.of("PISTOLS", 1L)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("category must be a code of scheme KZ_2005 [SMOOTHBORE, GAS, HOME_MADE, RIFLED, "
                            + "AUTOMATIC, RIFLES_AND_CARBINES, COMBINED, PISTOLS_AND_REVOLVERS], was 'PISTOLS'");
        }

        @Test
        void rejectsNegativeCount() {
            assertThatThrownBy(() -> scheme.toCommonTypes(Map.of("GAS", -1L)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("count of category GAS must not be negative, was -1");
        }

        @Test
        void rejectsNullCount() {
            Map<String, Long> reported = new HashMap<>();
            reported.put("GAS", null);
            assertThatThrownBy(() -> scheme.toCommonTypes(reported))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("count of category GAS must not be null");
        }
    }

    @Nested
    class Validation {

        private final NationalCategory top = NationalCategory.topLevel("TOP", "top", "верх", null);
        private final NationalCategory child = new NationalCategory("CHILD", "TOP", "child", "потомок", WeaponType.OTHER);

        @Test
        void rejectsEmptyScheme() {
            assertThatThrownBy(() -> new NationalCategoryScheme("X", KZ, "test", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("categories must not be empty, was [] for scheme X");
        }

        @Test
        void rejectsMalformedId() {
            assertThatThrownBy(() -> new NationalCategoryScheme("kz 2005", KZ, "test", List.of(top, child)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was 'kz 2005'");
        }

        @Test
        void rejectsBlankSource() {
            assertThatThrownBy(() -> new NationalCategoryScheme("X", KZ, " ", List.of(top, child)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("source must not be blank, was ' '");
        }

        @Test
        void rejectsDuplicateCode() {
            assertThatThrownBy(() -> new NationalCategoryScheme("X", KZ, "test", List.of(top, child, child)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("categories must have unique codes, was 'CHILD' twice in scheme X");
        }

        @Test
        void rejectsChildBeforeItsParent() {
            assertThatThrownBy(() -> new NationalCategoryScheme("X", KZ, "test", List.of(child, top)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("parentCode must name a category declared before its child, was 'TOP' for category "
                            + "CHILD in scheme X");
        }

        @Test
        void rejectsAggregateWithoutChildren() {
            assertThatThrownBy(() -> new NationalCategoryScheme("X", KZ, "test", List.of(top)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an aggregate-only category must have children, was category TOP without children "
                            + "in scheme X");
        }
    }

    /**
     * On a random tree with consistent counts (a parent is at least the sum of its children), reporting
     * every top-level category and any subset of the others maps to exactly the top-level sum.
     */
    @Property(tries = 300)
    void mappedTotalEqualsTheTopLevelSumWhateverIsReported(@ForAll @IntRange(min = 1, max = 30) int size,
            @ForAll Random random) {
        // given: a random tree, parents before children, aggregate-only parents allowed
        WeaponType[] types = WeaponType.values();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            parents.add(i == 0 || random.nextInt(3) == 0 ? null : "C" + random.nextInt(i));
        }
        List<NationalCategory> categories = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean hasChildren = parents.contains("C" + i);
            WeaponType type = hasChildren && random.nextBoolean() ? null : types[random.nextInt(types.length)];
            categories.add(new NationalCategory("C" + i, parents.get(i), "c" + i, "к" + i, type));
        }
        NationalCategoryScheme scheme = new NationalCategoryScheme("RANDOM", KZ, "synthetic test data", categories);
        // and consistent counts, leaves first: own remainder plus the children's totals
        long[] full = new long[size];
        for (int i = size - 1; i >= 0; i--) {
            full[i] += random.nextInt(1_000);
            if (parents.get(i) != null) {
                full[Integer.parseInt(parents.get(i).substring(1))] += full[i];
            }
        }
        Map<String, Long> reported = new LinkedHashMap<>();
        long topLevelSum = 0;
        for (int i = 0; i < size; i++) {
            if (parents.get(i) == null) {
                topLevelSum += full[i];
                reported.put("C" + i, full[i]);
            } else if (random.nextBoolean()) {
                reported.put("C" + i, full[i]);
            }
        }
        // when
        Map<WeaponType, Long> counts = scheme.toCommonTypes(reported);
        // then
        assertThat(total(counts)).isEqualTo(topLevelSum);
    }

    private static long total(Map<WeaponType, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
