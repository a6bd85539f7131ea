package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KZ;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.weapon.ItemClass;

class ExpectedSeriesTest {

    @Test
    void givesTheSeriesKeyOfAState() {
        // given
        ExpectedSeries seized = new ExpectedSeries(Indicator.ITEMS, new Dimensions(EventType.SEIZED,
                ItemClass.FIREARM, null, null));
        // then
        assertThat(seized.keyFor(KZ)).hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS");
        assertThat(seized).hasToString("ITEMS.SEIZED.FIREARM._T._T");
        assertThat(ExpectedSeries.of(Indicator.TRACE_REQUESTS_SENT)).isLessThan(ExpectedSeries.of(
                Indicator.PERSONS_CONVICTED));
    }

    @Test
    void rejectsADimensionThatDoesNotApply() {
        Dimensions seized = new Dimensions(EventType.SEIZED, null, null, null);
        assertThatThrownBy(() -> new ExpectedSeries(Indicator.TRACE_REQUESTS_SENT, seized))
                .hasMessage("dimension EVENT does not apply to indicator TRACE_REQUESTS_SENT and must be total (_T),"
                        + " was SEIZED");
    }

    @Test
    void rejectsItemsWithoutItemClass() {
        assertThatThrownBy(() -> ExpectedSeries.of(Indicator.ITEMS))
                .hasMessage("dimension ITEM_CLASS must not be total (_T) for indicator ITEMS, was _T._T._T._T");
    }

    @Test
    void rejectsNullIndicator() {
        assertThatThrownBy(() -> ExpectedSeries.of(null)).hasMessage("indicator must not be null");
    }
}
