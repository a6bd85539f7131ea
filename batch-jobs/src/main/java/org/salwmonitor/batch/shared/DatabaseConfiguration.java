package org.salwmonitor.batch.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                return new EmbeddedDatabase(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
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
