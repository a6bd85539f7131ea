package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    private static final AnnualSeries WITH_GAP = AnnualSeries.of(new int[] {2016, 2017, 2019, 2020},
            new double[] {200, 250, 300, 150});

    @Test
    void computesChangesGrowthAndIndex() {
        // when
        ChangeSummary changes = ChangeSummary.of(WITH_GAP);
        // then
        assertThat(changes.firstYear()).isEqualTo(2016);
        assertThat(changes.lastYear()).isEqualTo(2020);
        assertThat(changes.absoluteChange()).isEqualTo(-50);
        assertThat(changes.percentChange().getAsDouble()).isCloseTo(-25.0, within(1e-12));
        assertThat(changes.cagrPercent().getAsDouble())
                .isCloseTo(100 * (Math.pow(0.75, 0.25) - 1), within(1e-12));
        assertThat(changes.indexBaseYear()).isEqualTo(2016);
        assertThat(changes.index()).extracting(IndexPoint::year).containsExactly(2016, 2017, 2019, 2020);
        assertThat(changes.index()).extracting(point -> point.value().getAsDouble())
                .containsExactly(100.0, 125.0, 150.0, 75.0);
    }

    @Test
    void skipsYearOnYearChangesAcrossAGap() {
        // when
        List<YearOnYearChange> yearOnYear = ChangeSummary.of(WITH_GAP).yearOnYear();
        // then: 2016-2017 and 2019-2020, not 2017-2019
        assertThat(yearOnYear).extracting(YearOnYearChange::year).containsExactly(2017, 2020);
        assertThat(yearOnYear.get(0).percentChange().getAsDouble()).isCloseTo(25.0, within(1e-12));
        assertThat(yearOnYear.get(1).change()).isEqualTo(-150);
        assertThat(yearOnYear.get(1).percentChange().getAsDouble()).isCloseTo(-50.0, within(1e-12));
    }

    @Test
    void basesTheIndexOnAChosenYear() {
        // when
        ChangeSummary changes = ChangeSummary.of(WITH_GAP, 2019);
        // then
        assertThat(changes.index()).extracting(point -> point.value().getAsDouble())
                .containsExactly(200.0 / 3, 250.0 / 3, 100.0, 50.0);
    }

    @Test
    void leavesTheIndexUndefinedWhenTheBaseYearIsAGap() {
        // when
        ChangeSummary changes = ChangeSummary.of(WITH_GAP, 2018);
        // then
        assertThat(changes.index()).hasSize(4).allSatisfy(point -> assertThat(point.value()).isEmpty());
    }

    @Test
    void reportsPercentagesOfAZeroBaseAsUndefined() {
        // given
        AnnualSeries fromZero = AnnualSeries.of(new int[] {2020, 2021, 2022}, new double[] {0, 4, 6});
        // when
        ChangeSummary changes = ChangeSummary.of(fromZero);
        // then
        assertThat(changes.absoluteChange()).isEqualTo(6);
        assertThat(changes.percentChange()).isEmpty();
        assertThat(changes.cagrPercent()).isEmpty();
        assertThat(changes.index()).allSatisfy(point -> assertThat(point.value()).isEmpty());
        assertThat(changes.yearOnYear().get(0).percentChange()).isEmpty();
        assertThat(changes.yearOnYear().get(1).percentChange().getAsDouble()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void reportsGrowthToZeroAsUndefined() {
        // when
        ChangeSummary changes = ChangeSummary.of(AnnualSeries.of(new int[] {2020, 2022}, new double[] {8, 0}));
        // then
        assertThat(changes.percentChange().getAsDouble()).isCloseTo(-100.0, within(1e-12));
        assertThat(changes.cagrPercent()).isEmpty();
    }

    @Test
    void reportsPercentagesOfANegativeBaseAsUndefined() {
        // when
        ChangeSummary changes = ChangeSummary.of(AnnualSeries.of(new int[] {2020, 2021}, new double[] {-10, -5}));
        // then
        assertThat(changes.absoluteChange()).isEqualTo(5);
        assertThat(changes.percentChange()).isEmpty();
        assertThat(changes.cagrPercent()).isEmpty();
    }

    @Test
    void leavesChangesOfASingleYearUndefined() {
        // when
        ChangeSummary changes = ChangeSummary.of(AnnualSeries.of(new int[] {2020}, new double[] {7}));
        // then
        assertThat(changes.absoluteChange()).isZero();
        assertThat(changes.percentChange()).isEmpty();
        assertThat(changes.cagrPercent()).isEmpty();
        assertThat(changes.yearOnYear()).isEmpty();
        assertThat(changes.index()).containsExactly(new IndexPoint(2020, OptionalDouble.of(100)));
    }

    @Test
    void rejectsBaseYearOutOfRange() {
        assertThatThrownBy(() -> ChangeSummary.of(WITH_GAP, 1850))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indexBaseYear must be between 1900 and 2100, was 1850");
    }

    @Test
    void rejectsLastYearBeforeFirstYear() {
        assertThatThrownBy(() -> new ChangeSummary(2020, 1, 2019, 1, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), List.of(), 2020, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lastYear must be between 2020 and 2100, was 2019");
    }

    @Test
    void rejectsNaNPercentChange() {
        assertThatThrownBy(() -> new ChangeSummary(2019, 1, 2020, 1, 0, OptionalDouble.of(Double.NaN),
                OptionalDouble.empty(), List.of(), 2020, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentChange must be finite when defined, was NaN");
    }

    @Test
    void rejectsNullYearOnYearList() {
        assertThatThrownBy(() -> new ChangeSummary(2019, 1, 2020, 1, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), null, 2020, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("yearOnYear must not be null");
    }
}
