package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.ObservationValue;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.Source;
import org.salwmonitor.core.statistics.UnitOfMeasure;

/**
 * Every row of the committed statistics template is a valid core-model {@link Observation}, so the dataset
 * cannot drift from the model: a code, dimension, unit or status the model refuses fails here.
 */
class StatisticsModelTest {

    private static final CsvTable TABLE = CsvTable.of(SampleData.STATISTICS);

    /** Reads one template row into core-model types; throws as core-model does for anything invalid. */
    static Observation toObservation(Map<String, String> r) {
        SeriesKey key = new SeriesKey(Country.parse(r.get("REF_AREA")), Indicator.parse(r.get("INDICATOR")),
                Dimensions.parse(r.get("EVENT"), r.get("ITEM_CLASS"), r.get("WEAPON_TYPE"), r.get("CONTEXT")),
                UnitOfMeasure.valueOf(r.get("UNIT_MEASURE")));
        ObservationStatus status = ObservationStatus.fromSdmxCode(r.get("OBS_STATUS"));
        ObservationValue value = r.get("OBS_VALUE").isEmpty() ? ObservationValue.missing(status)
                : ObservationValue.count(Long.parseLong(r.get("OBS_VALUE")));
        Source source = new Source(r.get("SOURCE_AGENCY"), r.get("SOURCE_REF"), Boolean.parseBoolean(r.get("SYNTHETIC")));
        return new Observation(key, Period.parse(r.get("TIME_PERIOD")), value, status,
                Confidentiality.fromSdmxCode(r.get("CONF_STATUS")), source);
    }

    @Test
    void everyRowParsesIntoACoreModelObservationThatWritesBackTheSameCodes() {
        // given
        List<Map<String, String>> rows = TABLE.rows();
        List<Observation> observations = new ArrayList<>();

        // when
        for (Map<String, String> r : rows) {
            observations.add(toObservation(r));
        }

        // then: nothing was normalised on the way in
        assertThat(observations).hasSize(rows.size()).hasSize(2018);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            Observation o = observations.get(i);
            assertThat(o.key().area().alpha2()).isEqualTo(r.get("REF_AREA"));
            assertThat(o.period().toString()).isEqualTo(r.get("TIME_PERIOD"));
            assertThat(o.key().indicator().code()).isEqualTo(r.get("INDICATOR"));
            assertThat(o.key().dimensions().code(Dimension.EVENT)).isEqualTo(r.get("EVENT"));
            assertThat(o.key().dimensions().code(Dimension.ITEM_CLASS)).isEqualTo(r.get("ITEM_CLASS"));
            assertThat(o.key().dimensions().code(Dimension.WEAPON_TYPE)).isEqualTo(r.get("WEAPON_TYPE"));
            assertThat(o.key().dimensions().code(Dimension.CONTEXT)).isEqualTo(r.get("CONTEXT"));
            assertThat(Dimensions.codeOf(o.key().unit())).isEqualTo(r.get("UNIT_MEASURE"));
            assertThat(o.value().asLong().isPresent() ? Long.toString(o.value().asLong().getAsLong()) : "")
                    .isEqualTo(r.get("OBS_VALUE"));
            assertThat(o.status().sdmxCode()).isEqualTo(r.get("OBS_STATUS"));
            assertThat(o.confidentiality().sdmxCode()).isEqualTo(r.get("CONF_STATUS"));
            assertThat(o.source().synthetic()).isTrue();
        }
    }

    @Test
    void seriesKeysAndPeriodsAreUnique() {
        // the observation key of docs/formats.md is the core-model series key plus the period
        assertThat(TABLE.rows()).extracting(r -> {
            Observation o = toObservation(r);
            return o.key() + " " + o.period();
        }).doesNotHaveDuplicates();
    }

    @Test
    void establishedOriginHasOnlyTheEventDimension() {
        assertThat(TABLE.rows()).filteredOn(r -> r.get("INDICATOR").equals("ORIGIN_ESTABLISHED")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("ITEM_CLASS", "_T").containsEntry("WEAPON_TYPE", "_T")
                        .containsEntry("CONTEXT", "_T").containsEntry("UNIT_MEASURE", "WEAPONS"));
    }

    @Test
    void theSdmxFilesHoldTheSameObservationsAsTheTemplate() {
        // given
        CsvTable sdmx10 = CsvTable.of(SampleData.STATISTICS_SDMX_1);
        CsvTable sdmx20 = CsvTable.of(SampleData.STATISTICS_SDMX_2);

        // then
        assertThat(sdmx10.rows()).hasSameSizeAs(TABLE.rows());
        assertThat(sdmx20.rows()).hasSameSizeAs(TABLE.rows());
        for (int i = 0; i < TABLE.rows().size(); i++) {
            Observation expected = toObservation(TABLE.rows().get(i));
            assertThat(toObservation(sdmx10.rows().get(i))).isEqualTo(expected);
            assertThat(toObservation(sdmx20.rows().get(i))).isEqualTo(expected);
        }
    }
}
