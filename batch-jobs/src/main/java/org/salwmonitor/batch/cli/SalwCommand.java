package org.salwmonitor.batch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code salw} command: loads SALW statistics and case data into PostgreSQL and reports on them. */
@Command(name = "salw", mixinStandardHelpOptions = true, version = "SALW Monitor 0.1.0",
        description = "Loads national statistics and case data on illicit small arms and light weapons into"
                + " PostgreSQL and produces reports.",
        subcommands = {ImportCommand.class, DemoCommand.class, JobsCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            NightlyCommand.class, MatchesCommand.class, TracingCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  failure (database, disk, bug); run the same command again to resume",
            "  2  usage or configuration error",
            "  3  finished, but some rows were rejected (see the rejects file)",
            "  4  an input was refused as a whole (unreadable, wrong format, or --strict with rejects),",
            "     or there is nothing to report",
            "  5  another salw nightly run holds the lock; nothing was done",
            "",
            "Database: an embedded PostgreSQL under $SALW_HOME (default ~/.salw) unless --db-url or",
            "SALW_DB_URL names an external PostgreSQL 14 or newer."})
public class SalwCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (see salw --help)");
    }
}
