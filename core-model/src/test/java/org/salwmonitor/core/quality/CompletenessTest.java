package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KG;
import static org.salwmonitor.core.quality.Fixtures.KZ;
import static org.salwmonitor.core.quality.Fixtures.SOURCE;
import static org.salwmonitor.core.quality.Fixtures.count;
import static org.salwmonitor.core.quality.Fixtures.missing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.weapon.ItemClass;

class CompletenessTest {

    private static final ExpectedSeries SEIZED = new ExpectedSeries(Indicator.ITEMS,
            new Dimensions(EventType.SEIZED, ItemClass.FIREARM, null, null));
    private static final ExpectedSeries ORIGIN = ExpectedSeries.of(Indicator.ORIGIN_ESTABLISHED);
    private static final List<ExpectedSeries> EXPECTED = List.of(SEIZED, ORIGIN);

    @Test
    void countsReceivedMissingAndAbsentPerStateYearAndOverall() {
        // given: KZ 2021 complete; KZ 2022 origin reported missing; KG 2021 nothing; KG 2022 seized only
        List<Observation> observations = List.of(count(SEIZED.keyFor(KZ), 2021, 100),
                count(ORIGIN.keyFor(KZ), 2021, 20), count(SEIZED.keyFor(KZ), 2022, 90),
                missing(ORIGIN.keyFor(KZ), 2022), count(SEIZED.keyFor(KG), 2022, 7));
        // when
        Completeness completeness = Completeness.assess(List.of(KZ, KG), List.of(2021, 2022), EXPECTED,
                observations);
        // then
        assertThat(completeness.stateYears()).extracting(row -> row.state() + " " + row.year())
                .containsExactly("KG 2021", "KG 2022", "KZ 2021", "KZ 2022");
        StateYearCompleteness kz2022 = completeness.of(KZ, 2022).orElseThrow();
        assertThat(kz2022.withValue()).containsExactly(SEIZED);
        assertThat(kz2022.receivedMissing()).containsExactly(ORIGIN);
        assertThat(kz2022.absent()).isEmpty();
        assertThat(completeness.of(KG, 2021).orElseThrow().absent()).containsExactly(SEIZED, ORIGIN);
        assertThat(completeness.of(KG, 2022).orElseThrow().absent()).containsExactly(ORIGIN);
        assertThat(completeness.expected()).isEqualTo(8);
        assertThat(completeness.received()).isEqualTo(5);
        assertThat(completeness.withValue()).isEqualTo(4);
        assertThat(completeness.receivedMissing()).isEqualTo(1);
        assertThat(completeness.absent()).isEqualTo(3);
        assertThat(completeness.receivedRate()).hasValue(5.0 / 8);
        assertThat(completeness.valueRate()).hasValue(0.5);
    }

    @Test
    void countsOnlyWholeYearsOfTheExpectedSeries() {
        // given: a quarter, another breakdown and an unexpected state
        Observation quarter = Observation.count(SEIZED.keyFor(KZ), Period.ofQuarter(2021, 1), 5, SOURCE);
        Observation found = count(new ExpectedSeries(Indicator.ITEMS, new Dimensions(EventType.FOUND,
                ItemClass.FIREARM, null, null)).keyFor(KZ), 2021, 5);
        Observation otherState = count(SEIZED.keyFor(Country.of("TJ")), 2021, 5);
        // when
        Completeness completeness = Completeness.assess(List.of(KZ), List.of(2021), EXPECTED,
                List.of(quarter, found, otherState));
        // then
        assertThat(completeness.received()).isZero();
        assertThat(completeness.absent()).isEqualTo(2);
        assertThat(completeness.of(KZ, 2020)).isEmpty();
    }

    @Test
    void hasNoRatesWhenNothingIsExpected() {
        // when
        Completeness completeness = Completeness.assess(List.of(KZ), List.of(2021), List.of(), List.of());
        // then
        assertThat(completeness.expected()).isZero();
        assertThat(completeness.receivedRate()).isEmpty();
    }

    @Test
    void rejectsAYearOutOfRange() {
        assertThatThrownBy(() -> Completeness.assess(List.of(KZ), List.of(2201), EXPECTED, List.of()))
                .hasMessage("year must be between 1900 and 2100, was 2201");
    }

    @Test
    void rejectsANullState() {
        assertThatThrownBy(() -> Completeness.assess(java.util.Arrays.asList(KZ, null), List.of(2021), EXPECTED,
                List.of())).hasMessage("states must not contain null, was [KZ, null]");
    }
}
