package org.salwmonitor.batch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.digest.CaseDigestData;
import org.salwmonitor.batch.legal.LegalImporter;
import org.salwmonitor.batch.records.RecordsImporter;
import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.SalwHome;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.sampledata.SampleData;

/** {@code salw demo}: loads the synthetic sample dataset into the (embedded) database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the synthetic sample dataset (not official statistics) into the database and say",
            "what was done. Running it again reports everything unchanged."})
public class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "salw-out",
            description = "Where to write the public report pack (default: ./salw-out)")
    Path out;

    @Option(names = "--restricted", description = {"Also write the RESTRICTED case digest (law enforcement use only)",
        "into OUT/restricted; never part of the public pack"})
    boolean restricted;

    @Override
    public Integer call() throws Exception {
        Path folder = (database.home != null ? Path.of(database.home) : SalwHome.resolve()).resolve("sample-data");
        Files.createDirectories(folder);
        System.out.println("SALW Monitor demo: SYNTHETIC sample data for demonstration and testing,"
                + " not official statistics.");
        Path statistics = extract(SampleData.STATISTICS, folder);
        List<Path> legal = List.of(extract(SampleData.PARTICIPATION, folder), extract(SampleData.SUBMISSIONS, folder));
        List<Path> records = List.of(extract(SampleData.EVENTS, folder), extract(SampleData.ITEMS, folder),
                extract(SampleData.TRACING_REQUESTS, folder), extract(SampleData.LOST_STOLEN, folder));
        List<ImportResult> results = new ArrayList<>();
        ReportCommand.WarmRenderer renderer = new ReportCommand.WarmRenderer(); // warms up during the imports
        try (ConfigurableApplicationContext context = Contexts.start(database, renderer)) {
            results.add(context.getBean(StatisticsImporter.class).importFile(statistics,
                    StatisticsImporter.Options.defaults()));
            LegalImporter legalImporter = context.getBean(LegalImporter.class);
            for (Path file : legal) {
                results.add(legalImporter.importFile(file, null, false, false));
            }
            // restricted case records: loaded for the matching and the case digest, never in the public pack
            results.addAll(context.getBean(RecordsImporter.class).importFiles(records,
                    RecordsImporter.Options.defaults(), result -> { }));
            results.forEach(result -> ImportCommand.print(result, System.out));
            writePack(context, renderer);
            if (restricted) {
                CaseDigestCommand.writeDefault(context.getBean(CaseDigestData.class), out.resolve("restricted"),
                        System.out, System.err);
            }
        }
        System.out.println("Sample files are in " + folder);
        return ImportCommand.worst(results);
    }

    /** Writes the public report pack (both reports, both languages, with data CSVs); never restricted material. */
    private void writePack(ConfigurableApplicationContext context, ReportCommand.WarmRenderer renderer) {
        ReportCommand.Pack.writeDefault(context.getBean(ReportData.class), renderer, out, System.out, System.err);
    }

    private static Path extract(String resource, Path folder) throws IOException {
        Path target = folder.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = SampleData.open(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
