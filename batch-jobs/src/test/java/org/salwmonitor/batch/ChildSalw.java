package org.salwmonitor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code salw} command line in a second JVM, against the test's database: for tests that kill a run
 * with SIGKILL or run two processes at once.
 */
public final class ChildSalw {

    private ChildSalw() {
    }

    /**
     * Starts {@code salw ARGS --db-url ...} in a new JVM with the test's class path.
     *
     * @param database  the test's database, whose URL and credentials the child gets
     * @param log       where the child's stdout and stderr go
     * @param args      the command and its arguments
     * @return the running child
     */
    public static Process start(HikariDataSource database, Path log, String... args) throws IOException {
        return start(database, log, java.util.Map.of(), args);
    }

    /**
     * Starts {@code salw ARGS --db-url ...} in a new JVM with the test's class path and extra environment
     * variables (such as the pseudonym key, which must be the test's for the databases to compare equal).
     *
     * @param database     the test's database, whose URL and credentials the child gets
     * @param log          where the child's stdout and stderr go
     * @param environment  variables added to the child's environment
     * @param args         the command and its arguments
     * @return the running child
     */
    public static Process start(HikariDataSource database, Path log, java.util.Map<String, String> environment,
            String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", database.getJdbcUrl(), "--db-user", database.getUsername(),
                "--db-password", database.getPassword()));
        return start(log, all, environment);
    }

    /**
     * Starts {@code salw ARGS} in a new JVM with the test's class path, with the database its arguments
     * say (an embedded one unless they name another).
     *
     * @param log   where the child's stdout and stderr go
     * @param args  the command and its arguments
     * @return the running child
     */
    public static Process start(Path log, List<String> args) throws IOException {
        return start(log, args, java.util.Map.of());
    }

    private static Process start(Path log, List<String> args, java.util.Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SalwApplication.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Waits until a count query reaches a number while the child runs.
     *
     * @return the count reached
     */
    public static long waitForCount(JdbcTemplate jdbc, String countSql, long wanted, Process child)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long count = jdbc.queryForObject(countSql, Long.class);
            if (count >= wanted) {
                return count;
            }
            assertThat(child.isAlive()).as("the child is still running").isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("'" + countSql + "' stayed below " + wanted + " for 3 minutes");
    }

    /**
     * Kills the child with SIGKILL, waits for it to die, then for the database to notice: until no session
     * holds an advisory lock (the locks of the dead child's sessions are gone).
     */
    public static void kill(Process child, JdbcTemplate jdbc) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'", Long.class) > 0) {
            assertThat(System.nanoTime()).as("the dead child's advisory locks are released").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
