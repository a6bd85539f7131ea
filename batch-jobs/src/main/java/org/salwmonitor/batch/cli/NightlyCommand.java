package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.nightly.NightlyRun;
import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.report.ReportInputs;
import org.salwmonitor.batch.report.ReportModels;
import org.salwmonitor.batch.shared.ExitCodes;

/** {@code salw nightly --inbox DIR --out DIR}: the scheduled run (see docs/operations.md). */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"For schedulers: import every new file of the inbox (statistics, legal; told apart by content),",
            "file each under INBOX/processed/ or INBOX/rejected/ with its rejects file beside it, re-render the public",
            "pack into --out when the data it shows changed, and write a JSON run log into INBOX/runs/.",
            "One run at a time: a second run exits at once with code 5. A run killed halfway is completed by",
            "the next run. Exit codes: 0 done, 1 failed (alert), 2 usage, 3 rows rejected, 4 file refused,",
            "5 another run holds the lock. See docs/operations.md."})
public class NightlyCommand implements Callable<Integer> {

    @Option(names = "--inbox", required = true, paramLabel = "DIR",
            description = "Folder new files arrive in; processed/, rejected/, working/ and runs/ are made in it")
    Path inbox;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the public report pack")
    Path out;

    @Mixin
    ReportCommand.Selection selection;

    @Option(names = "--lang", paramLabel = "LANG[,LANG]", defaultValue = "en,ru", split = ",",
            description = "Languages of the pack: en, ru (default: en,ru)")
    List<String> languages;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        return run(() -> Contexts.start(database), true, System.out, System.err);
    }

    /**
     * Checks the options and runs.
     *
     * @param start   starts the application; called only once the inbox lock is held
     * @param close   whether to close the application afterwards
     * @param stdout  where the summary goes
     * @param stderr  where usage and lock messages go
     * @return the exit code
     * @throws Exception if the inbox or the run log cannot be written
     */
    public int run(Callable<? extends ApplicationContext> start, boolean close, PrintStream stdout, PrintStream stderr)
            throws Exception {
        Optional<String> usage = selection.check().or(() -> ReportCommand.locales(languages).isEmpty()
                ? Optional.of("--lang must list en and/or ru, was " + String.join(",", languages))
                : Optional.empty());
        if (usage.isEmpty() && !Files.isDirectory(inbox)) {
            usage = Optional.of("--inbox " + inbox + ": no such folder");
        }
        if (usage.isPresent()) {
            stderr.println("salw: " + usage.get());
            return ExitCodes.USAGE;
        }
        return new NightlyRun(inbox, out, pack(), stdout, stderr).execute(start, close).exitCode();
    }

    /** The pack as the options choose it: both reports, the languages asked for, with their data CSVs. */
    private NightlyRun.Pack pack() {
        List<Locale> locales = ReportCommand.locales(languages);
        return new NightlyRun.Pack() {
            @Override
            public Optional<ReportInputs> load(ReportData data, PrintStream notes) {
                return selection.load(data, notes);
            }

            @Override
            public String options() {
                return "region=" + selection.region().orElseThrow().code() + " from=" + selection.from + " to="
                        + selection.to + " lang=" + locales + " threshold=" + selection.threshold;
            }

            @Override
            public List<Path> write(ReportInputs inputs, Path folder) {
                return ReportModels.writePack(inputs, true, true, locales, folder,
                        ZonedDateTime.now(ZoneId.systemDefault()), selection.policy());
            }
        };
    }
}
