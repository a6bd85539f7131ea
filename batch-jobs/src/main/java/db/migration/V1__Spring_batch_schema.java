package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the Spring Batch job-repository tables by running the PostgreSQL schema script that ships
 * inside spring-batch-core. Flyway owns every table, the Batch metadata included, so an external
 * PostgreSQL gets them too; reading the script from the jar keeps it in step with the Batch version.
 */
public class V1__Spring_batch_schema extends BaseJavaMigration {

    private static final String SCRIPT = "/org/springframework/batch/core/schema-postgresql.sql";

    @Override
    public void migrate(Context context) throws Exception {
        String script;
        try (InputStream in = V1__Spring_batch_schema.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Spring Batch schema script " + SCRIPT + " is not on the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : script.split(";")) {
                String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }
}
