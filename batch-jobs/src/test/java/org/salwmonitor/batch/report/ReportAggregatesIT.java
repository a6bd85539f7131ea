package org.salwmonitor.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.quality.StateYearCompleteness;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.reports.CountGrid;
import org.salwmonitor.reports.KeyIndicator;
import org.salwmonitor.reports.StatisticsAggregates;
import org.salwmonitor.sampledata.SampleData;

/**
 * The report aggregates computed in PostgreSQL ({@code GROUP BY}, {@code GROUPING SETS}) against an independent
 * calculation in memory over the raw rows ({@link StatisticsAggregates#fromObservations}) and against plain SQL
 * sums, on the sample statistics with holes punched into them: a member's whole year deleted, a weapon-type
 * part and a key indicator stored as missing, an event total the SDG falls back to, a confidential count, a
 * deleted SDG numerator.
 */
@SalwIntegrationTest
class ReportAggregatesIT {

    /** Three members that report the key indicators every year, so that regional totals can exist. */
    static final Region THREE = new Region("TEST_THREE", "Kazakhstan, Tajikistan, Uzbekistan",
            "Казахстан, Таджикистан, Узбекистан", List.of(Country.of("KZ"), Country.of("TJ"), Country.of("UZ")));

    static final String SEIZED = "indicator = 'ITEMS' AND event = 'SEIZED' AND item_class = 'FIREARM'"
            + " AND weapon_type = '_T' AND context = '_T'";

    @Autowired
    StatisticsImporter importer;

    @Autowired
    ReportData data;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void loadSampleStatisticsWithGaps() throws Exception {
        DatabaseTestSupport.cleanData(jdbc);
        importer.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
        // a member's whole year is missing
        jdbc.update("DELETE FROM observation WHERE ref_area = 'KZ' AND time_period = '2016'");
        // one event of a weapon type is stored as missing: the sum over events is missing
        jdbc.update("UPDATE observation SET obs_value = NULL, obs_status = 'O' WHERE ref_area = 'UZ'"
                + " AND time_period = '2018' AND indicator = 'ITEMS' AND event = 'FOUND' AND item_class = 'FIREARM'"
                + " AND weapon_type = 'PISTOL_OR_REVOLVER' AND context = '_T'");
        // a key indicator stored as missing, and the event total SDG 16.4.2 then falls back to
        jdbc.update("UPDATE observation SET obs_value = NULL, obs_status = 'M' WHERE ref_area = 'TJ'"
                + " AND time_period = '2019' AND " + SEIZED);
        jdbc.update("INSERT INTO observation (ref_area, time_period, indicator, event, item_class, weapon_type, context,"
                + " unit_measure, obs_value, obs_status, conf_status, source_agency, synthetic, source_file_id,"
                + " source_line, job_execution_id) SELECT 'TJ', '2019', 'ITEMS', '_T', 'FIREARM', '_T', '_T', 'WEAPONS',"
                + " 900, 'E', 'F', 'TEST', true, source_file_id, 0, 0 FROM observation LIMIT 1");
        // a confidential count
        jdbc.update("UPDATE observation SET conf_status = 'C' WHERE ref_area = 'UZ' AND time_period = '2020' AND "
                + SEIZED);
        // no numerator
        jdbc.update("DELETE FROM observation WHERE ref_area = 'TJ' AND time_period = '2021'"
                + " AND indicator = 'ORIGIN_ESTABLISHED'");
    }

    @Test
    void sqlAggregatesEqualTheInMemoryCalculationOverTheRawRows() {
        for (Region region : List.of(Region.centralAsia(), THREE)) {
            // given
            StatisticsAggregates.Scope scope = StatisticsAggregates.Scope.of(region, 2014, 2024);
            // when
            StatisticsAggregates sql = data.aggregates(scope);
            StatisticsAggregates memory = StatisticsAggregates.fromObservations(scope,
                    data.observations(region, 2014, 2024));
            // then
            assertThat(sql.indicatorValues()).as(region.code()).isEqualTo(memory.indicatorValues());
            assertThat(sql.weaponTypes()).as(region.code()).isEqualTo(memory.weaponTypes());
            assertThat(sql.sdgRates()).as(region.code()).isEqualTo(memory.sdgRates());
            assertThat(sql.sdgCounts()).as(region.code()).isEqualTo(memory.sdgCounts());
            assertThat(sql.regionalSdg()).as(region.code()).isEqualTo(memory.regionalSdg());
            assertThat(sql.completeness()).as(region.code()).isEqualTo(memory.completeness());
            assertThat(sql.expectedValues()).as(region.code()).isEqualTo(memory.expectedValues());
            assertThat(sql.violations()).as(region.code()).isEqualTo(memory.violations());
            assertThat(sql).as(region.code()).isEqualTo(memory);
        }
    }

    @Test
    void aRegionalTotalIsTheSumOnlyWhereEveryMemberHasACount() {
        // when
        StatisticsAggregates aggregates = data.aggregates(StatisticsAggregates.Scope.of(THREE, 2014, 2024));
        CountGrid seized = aggregates.values(KeyIndicator.defaults().get(0));
        // then: 2017 is complete, so its regional total is the plain sum
        assertThat(seized.columnTotal(2017 - 2014)).isNotNull()
                .isEqualTo(plainSum("ref_area IN ('KZ', 'TJ', 'UZ') AND time_period = '2017' AND " + SEIZED));
        assertThat(count("ref_area IN ('KZ', 'TJ', 'UZ') AND time_period = '2017' AND obs_value IS NOT NULL AND "
                + SEIZED)).isEqualTo(3);
        // 2016 lacks Kazakhstan and 2019 holds Tajikistan's stored missing value: a plain SUM would understate
        for (int year : List.of(2016, 2019)) {
            assertThat(plainSum("ref_area IN ('KZ', 'TJ', 'UZ') AND time_period = '" + year + "' AND " + SEIZED))
                    .as("plain SQL sum of %d", year).isPositive();
            assertThat(seized.columnTotal(year - 2014)).as("regional total of %d", year).isNull();
        }
        assertThat(seized.rowTotal(0)).as("Kazakhstan over the years").isNull();
        assertThat(seized.grandTotal()).isNull();
        assertThat(seized.confidential(2, 2020 - 2014)).isTrue();
    }

    @Test
    void gapsPropagateToWeaponTypesSdgAndCompleteness() {
        // when
        StatisticsAggregates aggregates = data.aggregates(StatisticsAggregates.Scope.of(THREE, 2014, 2024));
        // then: a weapon-type cell with a missing event is missing, and so are its totals
        CountGrid uzbekistan = aggregates.weaponTypes().get(Country.of("UZ"));
        int pistols = uzbekistan.columnKeys().indexOf("PISTOL_OR_REVOLVER");
        int row2018 = uzbekistan.rowKeys().indexOf("2018");
        assertThat(uzbekistan.count(row2018, pistols)).isNull();
        assertThat(uzbekistan.rowTotal(row2018)).isNull();
        assertThat(uzbekistan.columnTotal(pistols)).isNull();
        int rifles = uzbekistan.columnKeys().indexOf("RIFLE_OR_CARBINE");
        assertThat(uzbekistan.count(row2018, rifles)).isEqualTo(plainSum("ref_area = 'UZ' AND time_period = '2018'"
                + " AND indicator = 'ITEMS' AND event IN ('SEIZED', 'FOUND', 'SURRENDERED') AND item_class = 'FIREARM'"
                + " AND weapon_type = 'RIFLE_OR_CARBINE' AND context = '_T'"));
        // SDG 16.4.2: Kazakhstan 2016 is out of the pool; Tajikistan 2019 takes the event total as denominator
        Sdg1642RegionalRate pooled2016 = aggregates.regionalSdg().get(2016 - 2014);
        assertThat(pooled2016.missing()).contains(Country.of("KZ"));
        assertThat(aggregates.sdgRates(Country.of("TJ")).get(2019 - 2014).denominator()).hasValue(900);
        assertThat(aggregates.sdgRates(Country.of("TJ")).get(2021 - 2014).numerator()).isEmpty();
        assertThat(pooled2016.denominator()).isEqualTo(aggregates.sdgRates(Country.of("TJ")).get(2).denominator()
                .getAsLong() + aggregates.sdgRates(Country.of("UZ")).get(2).denominator().getAsLong());
        // completeness: nothing of Kazakhstan 2016 was received
        StateYearCompleteness kz2016 = aggregates.completeness().of(Country.of("KZ"), 2016).orElseThrow();
        assertThat(kz2016.received()).isZero();
        assertThat(kz2016.absent()).hasSize(kz2016.expected());
    }

    private Long plainSum(String where) {
        return jdbc.queryForObject("SELECT sum(obs_value) FROM observation WHERE " + where, Long.class);
    }

    private Long count(String where) {
        return jdbc.queryForObject("SELECT count(*) FROM observation WHERE " + where, Long.class);
    }
}
