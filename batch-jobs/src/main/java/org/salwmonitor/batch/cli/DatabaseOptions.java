package org.salwmonitor.batch.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** Where the database is: options that override the SALW_DB_* and SALW_HOME environment variables. */
public class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "External PostgreSQL, e.g. jdbc:postgresql://host:5432/salw (default: $SALW_DB_URL,"
                    + " else the embedded database)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $SALW_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Database password (default: $SALW_DB_PASSWORD; prefer the variable: options show in ps)")
    String password;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Folder of the embedded database (default: $SALW_HOME, else ~/.salw)")
    String home;

    /** Spring command-line arguments carrying the options that were given. */
    List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        if (url != null) {
            arguments.add("--salw.db.url=" + url);
        }
        if (user != null) {
            arguments.add("--salw.db.user=" + user);
        }
        if (password != null) {
            arguments.add("--salw.db.password=" + password);
        }
        if (home != null) {
            arguments.add("--salw.home=" + home);
        }
        return arguments;
    }
}
