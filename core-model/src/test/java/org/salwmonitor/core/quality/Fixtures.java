package org.salwmonitor.core.quality;

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

/** Synthetic observations for the quality tests. */
final class Fixtures {

    static final Country KZ = Country.of("KZ");
    static final Country KG = Country.of("KG");
    static final Source SOURCE = Source.synthetic("MVD", "quality-test");

    private Fixtures() {
    }

    static SeriesKey firearms(Country country, EventType event, WeaponType type) {
        return SeriesKey.of(country, Indicator.ITEMS, new Dimensions(event, ItemClass.FIREARM, type, null));
    }

    static SeriesKey key(Country country, Indicator indicator) {
        return SeriesKey.of(country, indicator, Dimensions.total());
    }

    static Observation count(SeriesKey key, int year, long value) {
        return Observation.count(key, year, value, SOURCE);
    }

    static Observation missing(SeriesKey key, int year) {
        return Observation.missing(key, Period.ofYear(year), ObservationStatus.MISSING_NOT_COLLECTED, SOURCE);
    }
}
