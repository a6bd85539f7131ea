package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.salwmonitor.batch.ChildSalw;
import org.salwmonitor.sampledata.VolumeGenerator;

/**
 * {@code kill -9} of a process using the embedded database leaves its PostgreSQL server running on the
 * data folder; the next process stops that orphan and starts its own, so the next run does the work
 * instead of failing once.
 */
class OrphanedEmbeddedDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void theNextRunStopsTheServerAKilledRunLeftRunningAndCompletesTheWork() throws Exception {
        // given: a nightly run on an embedded database, killed while it imports
        Path home = dir.resolve("home");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        VolumeGenerator.generate(20230614L, 0, 100, 10, dir.resolve("generated"));
        Files.copy(dir.resolve("generated/statistics.csv"), inbox.resolve("statistics.csv"));
        List<String> nightly = List.of("nightly", "--home", home.toString(), "--inbox", inbox.toString(), "--out",
                dir.resolve("out").toString());
        Process killed = ChildSalw.start(dir.resolve("killed.log"), nightly);
        Path claimed = inbox.resolve("working/statistics.csv");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(claimed)) {
            assertThat(killed.isAlive()).as("the first run is still running").isTrue();
            assertThat(System.nanoTime()).as("the first run claims the file").isLessThan(deadline);
            Thread.sleep(20);
        }
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan)).as("kill -9 left the server running").isPresent();

        // when
        Process next = ChildSalw.start(dir.resolve("next.log"), nightly);
        assertThat(next.waitFor(10, TimeUnit.MINUTES)).isTrue();

        // then
        assertThat(next.exitValue()).as(Files.readString(dir.resolve("next.log"))).isEqualTo(ExitCodes.SUCCESS);
        assertThat(inbox.resolve("processed/statistics.csv")).exists();
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
        assertThat(home.resolve("pgdata/postmaster.pid")).as("the next run's server stopped with it").doesNotExist();
    }
}
