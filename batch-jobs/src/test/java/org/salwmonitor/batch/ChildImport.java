package org.salwmonitor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs {@code salw} in a second JVM against the test database, and kills it with SIGKILL once it has
 * stored enough: the harness of the kill-and-resume tests.
 */
public final class ChildImport {

    private final Process process;

    private ChildImport(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code salw ARGUMENTS --db-url … --db-user … --db-password …} in a new JVM with this JVM's class
     * path, its output going to {@code log}.
     *
     * @param environment  extra environment variables of the child
     */
    public static ChildImport start(List<String> arguments, HikariDataSource dataSource, Path log,
                                    Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SalwApplication.class.getName()));
        command.addAll(arguments);
        command.addAll(List.of("--db-url", dataSource.getJdbcUrl(), "--db-user", dataSource.getUsername(),
                "--db-password", dataSource.getPassword()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ChildImport(builder.start());
    }

    /**
     * Waits until {@code stored} reports at least {@code wanted} (polling every 20 ms, at most 3 minutes, the
     * child still running), then kills the child with SIGKILL and waits for it to die.
     *
     * @return what {@code stored} reported when the kill was decided
     */
    public long killWhenStored(LongSupplier stored, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = stored.getAsLong();
            if (seen >= wanted) {
                break;
            }
            assertThat(process.isAlive()).as("the child import is still running").isTrue();
            Thread.sleep(20);
        }
        if (seen < wanted) {
            throw new AssertionError("the child import stored fewer than " + wanted + " rows in 3 minutes");
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
        return seen;
    }
}
