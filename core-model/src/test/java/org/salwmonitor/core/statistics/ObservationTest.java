package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.weapon.ItemClass;

class ObservationTest {

    private static final SeriesKey KEY = SeriesKey.of(Country.of("KZ"), Indicator.ITEMS,
            Dimensions.total().withEvent(EventType.SEIZED).withItemClass(ItemClass.FIREARM));
    private static final Period YEAR = Period.ofYear(2021);
    private static final Source SAMPLE = Source.synthetic("Sample agency", "statistics-kz-2014-2024.csv");
    private static final Source REAL = Source.of("Ministry of Internal Affairs", "");

    @Nested
    class Factories {

        @Test
        void countIsNormalAndFree() {
            // when
            Observation observation = Observation.count(KEY, 2021, 12, REAL);
            // then
            assertThat(observation.period()).isEqualTo(YEAR);
            assertThat(observation.value()).isEqualTo(ObservationValue.count(12));
            assertThat(observation.status()).isEqualTo(ObservationStatus.NORMAL);
            assertThat(observation.confidentiality()).isEqualTo(Confidentiality.FREE);
            assertThat(observation.isMissing()).isFalse();
            assertThat(observation).hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2021 = 12 (A, F)");
        }

        @Test
        void toStringSaysWhenTheSourceIsSynthetic() {
            assertThat(Observation.count(KEY, Period.ofQuarter(2021, 2), 3, SAMPLE))
                    .hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2021-Q2 = 3 (A, F, synthetic)");
        }

        @Test
        void missingHasItsReasonAsStatus() {
            // when
            Observation observation = Observation.missing(KEY, YEAR, ObservationStatus.MISSING_NOT_COLLECTED, REAL);
            // then
            assertThat(observation.isMissing()).isTrue();
            assertThat(observation.status()).isEqualTo(ObservationStatus.MISSING_NOT_COLLECTED);
            assertThat(observation.value().asLong()).isEmpty();
            assertThat(observation).hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2021 = missing (L) (L, F)");
        }

        @Test
        void missingCannotBeSuppressedAndFree() {
            assertThatThrownBy(() -> Observation.missing(KEY, YEAR, ObservationStatus.SUPPRESSED, REAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidentiality must not be FREE when status is SUPPRESSED (Q), was FREE for "
                            + KEY + " 2021");
        }

        @Test
        void countRejectsNegativeValue() {
            assertThatThrownBy(() -> Observation.count(KEY, 2021, -3, REAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value must not be negative, was -3");
        }

        @Test
        void countRejectsYearOutOfRange() {
            assertThatThrownBy(() -> Observation.count(KEY, 1899, 3, REAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("year must be between 1900 and 2100, was 1899");
        }
    }

    @Nested
    class Copies {

        @ParameterizedTest
        @EnumSource(value = ObservationStatus.class, names = {"NORMAL", "PROVISIONAL", "ESTIMATED", "BREAK"})
        void countTakesAnyStatusThatIsNotMissing(ObservationStatus status) {
            assertThat(Observation.count(KEY, 2021, 12, REAL).withStatus(status).status()).isEqualTo(status);
        }

        @Test
        void confidentialCountKeepsItsValue() {
            // when
            Observation observation = Observation.count(KEY, 2021, 2, REAL)
                    .withConfidentiality(Confidentiality.PRIMARY_SMALL_COUNT);
            // then
            assertThat(observation.value()).isEqualTo(ObservationValue.count(2));
            assertThat(observation.confidentiality().isPublishable()).isFalse();
        }

        @Test
        void suppressedHidesTheValue() {
            // when
            Observation observation = Observation.count(KEY, 2021, 2, REAL)
                    .suppressed(Confidentiality.PRIMARY_SMALL_COUNT);
            // then
            assertThat(observation.value()).isEqualTo(ObservationValue.missing(ObservationStatus.SUPPRESSED));
            assertThat(observation.status()).isEqualTo(ObservationStatus.SUPPRESSED);
            assertThat(observation.confidentiality()).isEqualTo(Confidentiality.PRIMARY_SMALL_COUNT);
            assertThat(observation).hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2021 = missing (Q) (Q, A)");
        }

        @Test
        void suppressedRejectsFree() {
            assertThatThrownBy(() -> Observation.count(KEY, 2021, 2, REAL).suppressed(Confidentiality.FREE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidentiality must not be FREE when status is SUPPRESSED (Q), was FREE for "
                            + KEY + " 2021");
        }

        @Test
        void suppressedObservationCannotBeMadeFree() {
            Observation suppressed = Observation.count(KEY, 2021, 2, REAL).suppressed(Confidentiality.SECONDARY);
            assertThatThrownBy(() -> suppressed.withConfidentiality(Confidentiality.FREE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("confidentiality must not be FREE when status is SUPPRESSED (Q)");
        }
    }

    @Nested
    class Invariants {

        @Test
        void countRejectsAMissingStatus() {
            assertThatThrownBy(() -> Observation.count(KEY, 2021, 0, REAL).withStatus(ObservationStatus.MISSING))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status must not be a missing status when there is a count, was MISSING with value 0"
                            + " for " + KEY + " 2021");
        }

        @Test
        void missingValueRejectsAnotherStatus() {
            assertThatThrownBy(() -> new Observation(KEY, YEAR, ObservationValue.missing(ObservationStatus.MISSING),
                    ObservationStatus.NORMAL, Confidentiality.FREE, REAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status must equal the reason of a missing value (MISSING), was NORMAL for " + KEY
                            + " 2021");
        }

        @Test
        void missingValueRejectsAnotherMissingStatus() {
            assertThatThrownBy(() -> new Observation(KEY, YEAR, ObservationValue.missing(ObservationStatus.MISSING),
                    ObservationStatus.MISSING_CANNOT_EXIST, Confidentiality.FREE, REAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status must equal the reason of a missing value (MISSING), was MISSING_CANNOT_EXIST"
                            + " for " + KEY + " 2021");
        }

        @Test
        void rejectsNullFieldsNamingThem() {
            ObservationValue value = ObservationValue.count(1);
            ObservationStatus normal = ObservationStatus.NORMAL;
            Confidentiality free = Confidentiality.FREE;
            assertThatThrownBy(() -> new Observation(null, YEAR, value, normal, free, REAL))
                    .isInstanceOf(NullPointerException.class).hasMessage("key must not be null");
            assertThatThrownBy(() -> new Observation(KEY, null, value, normal, free, REAL))
                    .isInstanceOf(NullPointerException.class).hasMessage("period must not be null");
            assertThatThrownBy(() -> new Observation(KEY, YEAR, null, normal, free, REAL))
                    .isInstanceOf(NullPointerException.class).hasMessage("value must not be null");
            assertThatThrownBy(() -> new Observation(KEY, YEAR, value, null, free, REAL))
                    .isInstanceOf(NullPointerException.class).hasMessage("status must not be null");
            assertThatThrownBy(() -> new Observation(KEY, YEAR, value, normal, null, REAL))
                    .isInstanceOf(NullPointerException.class).hasMessage("confidentiality must not be null");
            assertThatThrownBy(() -> new Observation(KEY, YEAR, value, normal, free, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("source must not be null");
        }
    }
}
