package org.salwmonitor.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;

class Sdg1642RegionalRateTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country KG = Country.of("KG");
    private static final Country TJ = Country.of("TJ");
    private static final Country TM = Country.of("TM");
    private static final Country UZ = Country.of("UZ");
    private static final Region CENTRAL_ASIA = Region.centralAsia();

    @Nested
    class Pool {

        @Test
        void poolsWeaponsWhichDiffersFromAveragingRates() {
            // given: KZ 10 of 100 (10%), KG 45 of 50 (90%)
            List<Sdg1642Rate> rates = List.of(Sdg1642Rate.of(KZ, 2021, 10, 100), Sdg1642Rate.of(KG, 2021, 45, 50));
            Region twoCountries = new Region("TWO", "two", "два", List.of(KZ, KG));
            // when
            Sdg1642RegionalRate pooled = Sdg1642RegionalRate.pool(twoCountries, 2021, rates);
            double averageOfRates = rates.stream().mapToDouble(rate -> rate.percent().getAsDouble()).average()
                    .getAsDouble();
            // then: 55 / 150 = 36.7%, not the 50% average of 10% and 90%
            assertThat(pooled.numerator()).isEqualTo(55);
            assertThat(pooled.denominator()).isEqualTo(150);
            assertThat(pooled.percent().getAsDouble()).isCloseTo(36.666_666, within(1e-5));
            assertThat(averageOfRates).isEqualTo(50.0);
            assertThat(pooled.countriesContributing()).isEqualTo(2);
            assertThat(pooled.missing()).isEmpty();
        }

        @Test
        void excludesMembersWithoutDataOrWithoutAnAvailableRate() {
            // given: TJ has no rate, TM a zero denominator, UZ another year only
            List<Sdg1642Rate> rates = List.of(Sdg1642Rate.of(KZ, 2021, 10, 100), Sdg1642Rate.of(KG, 2021, 5, 50),
                    Sdg1642Rate.of(TM, 2021, 0, 0), Sdg1642Rate.of(UZ, 2020, 1, 1));
            // when
            Sdg1642RegionalRate pooled = Sdg1642RegionalRate.pool(CENTRAL_ASIA, 2021, rates);
            // then
            assertThat(pooled.contributing()).containsExactly(KG, KZ);
            assertThat(pooled.missing()).containsExactly(TJ, TM, UZ);
            assertThat(pooled.countriesContributing()).isEqualTo(2);
            assertThat(pooled.percent()).hasValue(10.0);
            assertThat(pooled.status()).isEqualTo(Sdg1642Status.AVAILABLE);
        }

        @Test
        void regionWithOneCountryMissingPoolsTheOthers() {
            // given: every member but TJ
            List<Sdg1642Rate> rates = List.of(Sdg1642Rate.of(KZ, 2021, 20, 100), Sdg1642Rate.of(KG, 2021, 10, 50),
                    Sdg1642Rate.of(TM, 2021, 5, 25), Sdg1642Rate.of(UZ, 2021, 15, 25),
                    new Sdg1642Rate(TJ, 2021, OptionalLong.empty(), OptionalLong.of(40)));
            // when
            Sdg1642RegionalRate pooled = Sdg1642RegionalRate.pool(CENTRAL_ASIA, 2021, rates);
            // then: TJ's denominator is not in the pool, nor is TJ counted as 0%
            assertThat(pooled.countriesContributing()).isEqualTo(4);
            assertThat(pooled.missing()).containsExactly(TJ);
            assertThat(pooled.numerator()).isEqualTo(50);
            assertThat(pooled.denominator()).isEqualTo(200);
            assertThat(pooled.percent()).hasValue(25.0);
        }

        @Test
        void ignoresCountriesOutsideTheRegion() {
            // given
            List<Sdg1642Rate> rates = List.of(Sdg1642Rate.of(KZ, 2021, 1, 2), Sdg1642Rate.of(Country.of("AF"), 2021,
                    0, 100));
            // when
            Sdg1642RegionalRate pooled = Sdg1642RegionalRate.pool(CENTRAL_ASIA, 2021, rates);
            // then
            assertThat(pooled.percent()).hasValue(50.0);
        }

        @Test
        void isNotAvailableWhenNoMemberContributes() {
            // when
            Sdg1642RegionalRate pooled = Sdg1642RegionalRate.pool(CENTRAL_ASIA, 2021, List.of());
            // then
            assertThat(pooled.status()).isEqualTo(Sdg1642Status.NOT_AVAILABLE);
            assertThat(pooled.percent()).isEmpty();
            assertThat(pooled.countriesContributing()).isZero();
            assertThat(pooled.missing()).isEqualTo(CENTRAL_ASIA.members());
        }

        @Test
        void rejectsTwoRatesOfOneCountryAndYear() {
            List<Sdg1642Rate> rates = List.of(Sdg1642Rate.of(KZ, 2021, 1, 2), Sdg1642Rate.of(KZ, 2021, 1, 3));
            assertThatThrownBy(() -> Sdg1642RegionalRate.pool(CENTRAL_ASIA, 2021, rates))
                    .hasMessage("rates must not repeat country KZ and year 2021, was KZ 2021: 1/2 = 50.0% and"
                            + " KZ 2021: 1/3 = 33.333333333333336%");
        }
    }

    @Nested
    class Invalid {

        @Test
        void rejectsMembersMissingFromBothLists() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 2021, 1, 2, List.of(KZ), List.of(KG)))
                    .hasMessage("contributing and missing must split the members [KG, KZ, TJ, TM, UZ] of region"
                            + " CENTRAL_ASIA, was [KZ] and [KG]");
        }

        @Test
        void rejectsAMemberInBothLists() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 2021, 1, 2, List.of(KZ, KG),
                    List.of(KZ, TJ, TM, UZ)))
                    .hasMessage("contributing and missing must split the members [KG, KZ, TJ, TM, UZ] of region"
                            + " CENTRAL_ASIA, was [KG, KZ] and [KZ, TJ, TM, UZ]");
        }

        @Test
        void rejectsNumeratorAboveDenominator() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 2021, 3, 2, CENTRAL_ASIA.members(),
                    List.of())).hasMessage("numerator must be at most denominator 2, was 3");
        }

        @Test
        void rejectsADenominatorWithoutContributors() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 2021, 0, 2, List.of(),
                    CENTRAL_ASIA.members())).hasMessage("denominator must be 0 when no country contributes, was 2");
        }

        @Test
        void rejectsAZeroDenominatorWithContributors() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 2021, 0, 0, CENTRAL_ASIA.members(),
                    List.of())).hasMessage("denominator must be positive when countries contribute, was 0");
        }

        @Test
        void rejectsYearOutOfRange() {
            assertThatThrownBy(() -> new Sdg1642RegionalRate(CENTRAL_ASIA, 1899, 0, 0, List.of(),
                    CENTRAL_ASIA.members())).hasMessage("year must be between 1900 and 2100, was 1899");
        }
    }
}
