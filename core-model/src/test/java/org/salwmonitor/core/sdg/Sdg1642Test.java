package org.salwmonitor.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.Source;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

class Sdg1642Test {

    private static final Country KZ = Country.of("KZ");
    private static final Country KG = Country.of("KG");
    private static final Source SOURCE = Source.synthetic("MVD", "sdg-test");

    private static SeriesKey firearms(Country country, EventType event) {
        return SeriesKey.of(country, Indicator.ITEMS, new Dimensions(event, ItemClass.FIREARM, null, null));
    }

    private static SeriesKey origin(Country country, EventType event) {
        return SeriesKey.of(country, Indicator.ORIGIN_ESTABLISHED, new Dimensions(event, null, null, null));
    }

    private static Observation count(SeriesKey key, long value) {
        return Observation.count(key, 2021, value, SOURCE);
    }

    private static Observation missing(SeriesKey key) {
        return Observation.missing(key, Period.ofYear(2021), ObservationStatus.MISSING_NOT_COLLECTED, SOURCE);
    }

    private static Sdg1642Rate only(List<Observation> observations) {
        List<Sdg1642Rate> rates = Sdg1642.fromObservations(observations);
        assertThat(rates).hasSize(1);
        return rates.get(0);
    }

    @Nested
    class Denominator {

        @Test
        void sumsTheThreeEventsAndNeverAddsTheTotal() {
            // given: parts 80 + 15 + 5 and a total of 200 that disagrees
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED), 80),
                    count(firearms(KZ, EventType.FOUND), 15), count(firearms(KZ, EventType.SURRENDERED), 5),
                    count(firearms(KZ, null), 200), count(origin(KZ, null), 25));
            // when
            Sdg1642Rate rate = only(observations);
            // then
            assertThat(rate.denominator()).hasValue(100);
            assertThat(rate.numerator()).hasValue(25);
            assertThat(rate.percent()).hasValue(25.0);
        }

        @Test
        void usesTheEventTotalWhenTheStateReportsOnlyThat() {
            // given
            List<Observation> observations = List.of(count(firearms(KG, null), 50), count(origin(KG, null), 10));
            // then
            assertThat(only(observations).percent()).hasValue(20.0);
        }

        @Test
        void usesTheTotalWhenThePartsAreIncomplete() {
            // given: no SURRENDERED row
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED), 80),
                    count(firearms(KZ, EventType.FOUND), 15), count(firearms(KZ, null), 120),
                    count(origin(KZ, null), 30));
            // then
            assertThat(only(observations).denominator()).hasValue(120);
        }

        @Test
        void usesTheTotalWhenAPartIsMissing() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED), 80),
                    count(firearms(KZ, EventType.FOUND), 15), missing(firearms(KZ, EventType.SURRENDERED)),
                    count(firearms(KZ, null), 120), count(origin(KZ, null), 30));
            // then
            assertThat(only(observations).denominator()).hasValue(120);
        }

        @Test
        void isMissingWhenThePartsAreIncompleteAndThereIsNoTotal() {
            // given: a missing SURRENDERED is not zero
            List<Observation> observations = List.of(count(firearms(KZ, EventType.SEIZED), 80),
                    count(firearms(KZ, EventType.FOUND), 15), missing(firearms(KZ, EventType.SURRENDERED)),
                    count(origin(KZ, null), 30));
            // when
            Sdg1642Rate rate = only(observations);
            // then
            assertThat(rate.denominator()).isEmpty();
            assertThat(rate.reason()).contains(NotAvailableReason.DENOMINATOR_MISSING);
            assertThat(rate.percent()).isEmpty();
        }

        @Test
        void isMissingWhenTheTotalHasAMissingStatus() {
            // given
            List<Observation> observations = List.of(missing(firearms(KZ, null)), count(origin(KZ, null), 3));
            // then
            assertThat(only(observations).reason()).contains(NotAvailableReason.DENOMINATOR_MISSING);
        }

        @Test
        void ignoresWeaponTypesContextsAmmunitionAndQuarters() {
            // given
            SeriesKey pistols = SeriesKey.of(KZ, Indicator.ITEMS, new Dimensions(null, ItemClass.FIREARM,
                    WeaponType.PISTOL_OR_REVOLVER, null));
            SeriesKey rounds = SeriesKey.of(KZ, Indicator.ITEMS, new Dimensions(null, ItemClass.AMMUNITION, null,
                    null));
            List<Observation> observations = List.of(count(firearms(KZ, null), 40), count(pistols, 30),
                    count(rounds, 5000), Observation.count(firearms(KZ, null), Period.ofQuarter(2021, 1), 7, SOURCE),
                    count(origin(KZ, null), 4));
            // then
            assertThat(only(observations).percent()).hasValue(10.0);
        }

        @Test
        void zeroArmsGiveNoRateNotZeroPercent() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, null), 0), count(origin(KZ, null), 0));
            // when
            Sdg1642Rate rate = only(observations);
            // then
            assertThat(rate.reason()).contains(NotAvailableReason.ZERO_DENOMINATOR);
            assertThat(rate.percent()).isEmpty();
        }
    }

    @Nested
    class Numerator {

        @Test
        void sumsTheThreeEventsOfOriginEstablished() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, null), 100),
                    count(origin(KZ, EventType.SEIZED), 20), count(origin(KZ, EventType.FOUND), 4),
                    count(origin(KZ, EventType.SURRENDERED), 1));
            // then
            assertThat(only(observations).numerator()).hasValue(25);
        }

        @Test
        void isMissingWithAMissingStatus() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, null), 100), missing(origin(KZ, null)));
            // when
            Sdg1642Rate rate = only(observations);
            // then
            assertThat(rate.reason()).contains(NotAvailableReason.NUMERATOR_MISSING);
            assertThat(rate.percent()).isEmpty();
        }

        @Test
        void isMissingWhenNotReported() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, null), 100));
            // then
            assertThat(only(observations).reason()).contains(NotAvailableReason.NUMERATOR_MISSING);
        }

        @Test
        void aboveTheDenominatorIsAnInconsistencyNotARateAboveHundred() {
            // given
            List<Observation> observations = List.of(count(firearms(KZ, null), 10), count(origin(KZ, null), 12));
            // when
            Sdg1642Rate rate = only(observations);
            // then
            assertThat(rate.reason()).contains(NotAvailableReason.NUMERATOR_EXCEEDS_DENOMINATOR);
            assertThat(rate.percent()).isEmpty();
        }
    }

    @Test
    void givesOneRatePerCountryAndYearInOrder() {
        // given
        List<Observation> observations = List.of(count(firearms(KZ, null), 10), count(origin(KZ, null), 1),
                Observation.count(firearms(KZ, null), 2020, 20, SOURCE), count(firearms(KG, null), 5));
        // when
        List<Sdg1642Rate> rates = Sdg1642.fromObservations(observations);
        // then
        assertThat(rates).extracting(Sdg1642Rate::toString).containsExactly(
                "KG 2021: not available (NUMERATOR_MISSING)",
                "KZ 2020: not available (NUMERATOR_MISSING)",
                "KZ 2021: 1/10 = 10.0%");
    }

    @Test
    void givesNoRateForACountryWithoutInputs() {
        // given
        SeriesKey sent = SeriesKey.of(KZ, Indicator.TRACE_REQUESTS_SENT, Dimensions.total());
        // then
        assertThat(Sdg1642.fromObservations(List.of(count(sent, 3)))).isEmpty();
    }

    @Test
    void rejectsTwoObservationsOfOneSeriesAndPeriod() {
        List<Observation> observations = List.of(count(firearms(KZ, null), 10), count(firearms(KZ, null), 11));
        assertThatThrownBy(() -> Sdg1642.fromObservations(observations))
                .hasMessageStartingWith("observations must not repeat series KZ.ITEMS._T.FIREARM._T._T.WEAPONS");
    }
}
