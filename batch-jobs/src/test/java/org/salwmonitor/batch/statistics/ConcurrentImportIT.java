package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;

/** Two imports at once neither corrupt nor double count: constraints and serialised merges, not luck. */
@SalwIntegrationTest
class ConcurrentImportIT {

    private static final String HEADER = "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,"
            + "UNIT_MEASURE,OBS_VALUE,OBS_STATUS,CONF_STATUS,SOURCE_AGENCY,SOURCE_REF,SYNTHETIC,COMMENT\n";
    private static final List<String> AREAS = List.of("KZ", "KG", "TJ", "TM", "UZ", "AF", "TR", "RU", "CN", "IR");

    @Autowired
    StatisticsImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    /** Trafficking cases for 10 countries × {@code years} years from {@code firstYear}, value = year + offset. */
    private Path file(String name, int firstYear, int years, int offset) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String area : AREAS) {
            for (int year = firstYear; year < firstYear + years; year++) {
                csv.append(area).append(',').append(year).append(",TRAFFICKING_CASES,_T,_T,_T,_T,CASES,")
                        .append(year - 1900 + offset).append(",A,F,Test agency (synthetic),,true,\n");
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @RepeatedTest(10) // the race it guards against showed once in 20 runs
    void twoFilesWithOverlappingKeysAtOnceStoreEachKeyOnceAndCountEveryChange() throws Exception {
        // given: A has 1950–2049, B has 2000–2099 with other values: 500 keys in common
        Path a = file("a.csv", 1950, 100, 0);
        Path b = file("b.csv", 2000, 100, 7);
        // when
        List<ImportResult> results = runTogether(() -> importer.importFile(a, StatisticsImporter.Options.defaults()),
                () -> importer.importFile(b, StatisticsImporter.Options.defaults()));
        // then
        long keys = jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
        long revisions = jdbc.queryForObject("SELECT count(*) FROM observation_revision", Long.class);
        int imported = results.get(0).counts().imported() + results.get(1).counts().imported();
        int updated = results.get(0).counts().updated() + results.get(1).counts().updated();
        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED));
        assertThat(keys).isEqualTo(AREAS.size() * 150L);
        assertThat(imported).as("each key imported once").isEqualTo(keys);
        assertThat(updated).as("each shared key revised once, by whichever came second").isEqualTo(AREAS.size() * 50L)
                .isEqualTo(revisions);
    }

    @Test
    void theSameFileTwiceAtOnceIsImportedOnceAndFoundUnchangedOnce() throws Exception {
        // given
        Path file = file("same.csv", 1950, 100, 0);
        // when
        List<ImportResult> results = runTogether(() -> importer.importFile(file, StatisticsImporter.Options.defaults()),
                () -> importer.importFile(file, StatisticsImporter.Options.defaults()));
        // then
        assertThat(results).extracting(r -> r.counts().imported()).containsExactlyInAnyOrder(1000, 0);
        assertThat(results).extracting(r -> r.counts().unchanged()).containsExactlyInAnyOrder(0, 1000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM observation", Long.class)).isEqualTo(1000);
    }

    private static List<ImportResult> runTogether(Callable<ImportResult> first, Callable<ImportResult> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportResult> one = pool.submit(first);
            Future<ImportResult> two = pool.submit(second);
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
