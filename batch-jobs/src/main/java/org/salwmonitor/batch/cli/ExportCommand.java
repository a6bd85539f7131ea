package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.report.ReportInputs;
import org.salwmonitor.batch.report.ReportModels;
import org.salwmonitor.batch.report.SdmxCsvExport;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.reports.TrendReportModel;

/** {@code salw export sdmx}: the published aggregates for exchange with partner agencies. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write published data for exchange.",
        subcommands = {ExportCommand.Sdmx.class})
public class ExportCommand implements Runnable {

    @Override
    public void run() {
        throw new ParameterException(new picocli.CommandLine(this), "say what to export: salw export sdmx --out FILE");
    }

    /** {@code salw export sdmx --out FILE}. */
    @Command(name = "sdmx", mixinStandardHelpOptions = true,
            description = {"Write the published (disclosure-controlled) aggregates of the trend report as SDMX-CSV 2.0",
                "(dataflow SALWM:DF_SALW(1.0)): key indicators by country and year, firearms by weapon type.",
                "Suppressed cells have no value, OBS_STATUS Q and CONF_STATUS A (primary) or D (secondary)."})
    public static class Sdmx implements Callable<Integer> {

        @Mixin
        ReportCommand.Selection selection;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write")
        Path out;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            Optional<String> usage = selection.check();
            if (usage.isPresent()) {
                System.err.println("salw: " + usage.get());
                return ExitCodes.USAGE;
            }
            try (ConfigurableApplicationContext context = Contexts.start(database)) {
                return write(context.getBean(ReportData.class), System.out, System.err);
            }
        }

        /**
         * Loads the data and writes the file; the options must have been checked (as {@link #call()} does).
         *
         * @param data    the loader, not null
         * @param stdout  where the file written is named, not null
         * @param stderr  where "nothing to report" is said, not null
         * @return the exit code: 0, or 4 if there is nothing to export
         */
        public int write(ReportData data, PrintStream stdout, PrintStream stderr) {
            Optional<ReportInputs> inputs = selection.load(data, stderr);
            if (inputs.isEmpty()) {
                return ExitCodes.REFUSED;
            }
            TrendReportModel model = ReportModels.trend(inputs.get(), ZonedDateTime.now(ZoneId.systemDefault()),
                    selection.policy());
            int rows = SdmxCsvExport.write(model, data.exportSources(inputs.get().aggregates().scope()), out);
            stdout.println("SDMX-CSV 2.0: " + rows + " observations of " + inputs.get().region().nameEn() + ", "
                    + inputs.get().fromYear() + "–" + inputs.get().toYear() + " (threshold " + selection.threshold
                    + (inputs.get().synthetic() ? ", SYNTHETIC sample data" : "") + ")");
            stdout.println("  " + out);
            return ExitCodes.SUCCESS;
        }
    }
}
