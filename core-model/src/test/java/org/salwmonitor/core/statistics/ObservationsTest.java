package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.weapon.ItemClass;

class ObservationsTest {

    private static final Source REAL = Source.of("Ministry of Internal Affairs", "");
    private static final Source SAMPLE = Source.synthetic("Sample agency", "statistics-kz-2014-2024.csv");
    private static final SeriesKey KZ_FIREARMS = SeriesKey.of(Country.of("KZ"), Indicator.ITEMS,
            Dimensions.total().withEvent(EventType.SEIZED).withItemClass(ItemClass.FIREARM));
    private static final SeriesKey KZ_ROUNDS = SeriesKey.of(Country.of("KZ"), Indicator.ITEMS,
            Dimensions.total().withEvent(EventType.SEIZED).withItemClass(ItemClass.AMMUNITION));
    private static final SeriesKey TJ_FIREARMS = SeriesKey.of(Country.of("TJ"), Indicator.ITEMS,
            KZ_FIREARMS.dimensions());

    @Nested
    class BySeries {

        @Test
        void groupsBySeriesAndSortsByKeyAndPeriod() {
            // given
            List<Observation> observations = List.of(
                    Observation.count(TJ_FIREARMS, 2020, 27, REAL),
                    Observation.count(KZ_FIREARMS, 2022, 900, REAL),
                    Observation.count(KZ_ROUNDS, 2021, 1300, REAL),
                    Observation.count(KZ_FIREARMS, 2020, 1100, REAL),
                    Observation.missing(KZ_FIREARMS, Period.ofYear(2021), ObservationStatus.MISSING_NOT_COLLECTED,
                            REAL));
            // when
            SortedMap<SeriesKey, SortedMap<Period, Observation>> series = Observations.bySeries(observations);
            // then
            assertThat(series.keySet()).containsExactly(KZ_FIREARMS, KZ_ROUNDS, TJ_FIREARMS);
            assertThat(series.get(KZ_FIREARMS).keySet()).extracting(Period::toString)
                    .containsExactly("2020", "2021", "2022");
            assertThat(series.get(KZ_FIREARMS).get(Period.ofYear(2021)).isMissing()).isTrue();
            assertThat(series.get(TJ_FIREARMS)).hasSize(1);
        }

        @Test
        void returnsUnmodifiableMaps() {
            // given
            SortedMap<SeriesKey, SortedMap<Period, Observation>> series = Observations.bySeries(
                    List.of(Observation.count(KZ_FIREARMS, 2020, 1100, REAL)));
            // then
            assertThatThrownBy(() -> series.remove(KZ_FIREARMS)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> series.get(KZ_FIREARMS).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void groupsNothingIntoAnEmptyMap() {
            assertThat(Observations.bySeries(List.of())).isEmpty();
        }

        @Test
        void rejectsTwoObservationsOfTheSameSeriesAndPeriodNamingBoth() {
            // given
            List<Observation> observations = List.of(
                    Observation.count(KZ_FIREARMS, 2020, 1100, REAL),
                    Observation.count(KZ_FIREARMS, 2021, 1000, REAL),
                    Observation.count(KZ_FIREARMS, 2020, 1150, SAMPLE));
            // then
            assertThatThrownBy(() -> Observations.bySeries(observations))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("observations must not repeat series KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS and period"
                            + " 2020, was KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2020 = 1100 (A, F) and"
                            + " KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2020 = 1150 (A, F, synthetic)");
        }

        @Test
        void rejectsEqualObservationsTwice() {
            // given
            Observation observation = Observation.count(KZ_FIREARMS, 2020, 1100, REAL);
            // then
            assertThatThrownBy(() -> Observations.bySeries(List.of(observation, observation)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("observations must not repeat series");
        }

        @Test
        void rejectsNullCollectionAndNullElement() {
            assertThatThrownBy(() -> Observations.bySeries(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("observations must not be null");
            assertThatThrownBy(() -> Observations.bySeries(Arrays.asList((Observation) null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("observations must not contain null, was [null]");
        }
    }

    @Test
    void tellsWhetherAnyObservationIsSynthetic() {
        assertThat(Observations.anySynthetic(List.of(Observation.count(KZ_FIREARMS, 2020, 1, REAL)))).isFalse();
        assertThat(Observations.anySynthetic(List.of(Observation.count(KZ_FIREARMS, 2020, 1, REAL),
                Observation.count(KZ_ROUNDS, 2020, 40, SAMPLE)))).isTrue();
    }
}
