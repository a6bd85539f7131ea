package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.digest.CaseDigestData;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.reports.digest.CaseDigestModel;
import org.salwmonitor.reports.digest.CaseDigestRenderer;

/**
 * {@code salw report case-digest --restricted}: the restricted case digest for law-enforcement peers. It is
 * never written without {@code --restricted}, and never by {@code report pack}.
 */
@Command(name = "case-digest", mixinStandardHelpOptions = true,
        description = {"Write the RESTRICTED case digest (law enforcement use only): anonymised case summaries,",
            "cross-border matches, trace requests and SDG 16.4.2 from records. Requires --restricted.",
            "Default folder: ./salw-out/restricted (keep it apart from the public pack)."})
public class CaseDigestCommand implements Callable<Integer> {

    @Option(names = "--restricted", description = "Confirm that restricted material is to be written")
    boolean restricted;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "central-asia",
            description = "Region code, e.g. central-asia (default: central-asia)")
    String region;

    @Option(names = "--state", paramLabel = "CODE",
            description = "Only this member state (ISO code, e.g. KZ): its cases, SDG rows and trace requests, and the"
                    + " match sets with a record of it; files named case-digest-kz-LANG.pdf")
    String state;

    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2014", description = "First year (default: 2014)")
    int from;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2024", description = "Last year (default: 2024)")
    int to;

    @Option(names = "--lang", paramLabel = "LANG[,LANG]", defaultValue = "en,ru", split = ",",
            description = "Languages: en, ru (default: en,ru)")
    List<String> languages;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "salw-out/restricted",
            description = "Folder to write into (default: ./salw-out/restricted)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Optional<String> usage = check();
        if (usage.isPresent()) {
            System.err.println("salw: " + usage.get());
            return ExitCodes.USAGE;
        }
        try (ConfigurableApplicationContext context = Contexts.start(database)) {
            return write(context.getBean(CaseDigestData.class), System.out, System.err);
        }
    }

    /** A usage error, if any: the confirmation, the region, the years and the languages. */
    Optional<String> check() {
        if (!restricted) {
            return Optional.of("the case digest is RESTRICTED (law enforcement use only); add --restricted to"
                    + " confirm that it may be written");
        }
        if (region().isEmpty()) {
            return Optional.of("--region must be one of " + Region.all().stream()
                    .map(r -> r.code().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ", was '" + region + "'");
        }
        if (state != null && state().isEmpty()) {
            return Optional.of("--state must be the ISO code of a member of " + region().get().nameEn() + " ("
                    + region().get().members().stream().map(Country::alpha2).toList() + "), was '" + state + "'");
        }
        if (from < 1900 || to > 2100 || from > to) {
            return Optional.of("--from and --to must be years between 1900 and 2100, from not after to, were "
                    + from + " and " + to);
        }
        if (ReportCommand.locales(languages).isEmpty()) {
            return Optional.of("--lang must list en and/or ru, was " + String.join(",", languages));
        }
        return Optional.empty();
    }

    /**
     * Loads the digest and writes one PDF per language; the options must have been checked.
     *
     * @param data    the loader, not null
     * @param stdout  where the files written are listed, not null
     * @param stderr  where "nothing to report" is said, not null
     * @return the exit code: 0, or 4 when there are no case records to report
     */
    public int write(CaseDigestData data, PrintStream stdout, PrintStream stderr) {
        Region chosen = region().orElseThrow();
        Optional<Country> only = state();
        Optional<CaseDigestModel> model = data.load(chosen, only, from, to);
        if (model.isEmpty()) {
            stderr.println("salw: nothing to report: the database holds no case records of " + chosen.nameEn()
                    + " (import them first: salw import records FILE..., or salw demo)");
            return ExitCodes.REFUSED;
        }
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + out, e);
        }
        CaseDigestRenderer renderer = CaseDigestRenderer.create();
        List<Path> files = new ArrayList<>();
        for (Locale locale : ReportCommand.locales(languages)) {
            Path pdf = out.resolve(only.map(country -> CaseDigestRenderer.fileName(locale, country))
                    .orElse(CaseDigestRenderer.fileName(locale)));
            renderer.render(model.get(), locale, pdf);
            files.add(pdf);
        }
        CaseDigestModel digest = model.get();
        stdout.println("RESTRICTED case digest, " + chosen.nameEn()
                + only.map(country -> ": " + country.name(Locale.ENGLISH) + " only").orElse("") + ", " + from + "–" + to + " ("
                + digest.cases().size() + " cases, " + digest.matchSets().size() + " cross-border match sets"
                + (digest.metadata().synthetic() ? ", SYNTHETIC sample data" : "") + "):");
        files.forEach(file -> stdout.println("  " + file));
        return ExitCodes.SUCCESS;
    }

    /**
     * Writes the digest in English and Russian with the default region and years: what {@code salw demo
     * --restricted} does.
     *
     * @return the exit code
     */
    static int writeDefault(CaseDigestData data, Path outDir, PrintStream stdout, PrintStream stderr) {
        CaseDigestCommand command = new CaseDigestCommand();
        new picocli.CommandLine(command).parseArgs("--restricted", "--out", outDir.toString());
        return command.write(data, stdout, stderr);
    }

    /** The --state member of the region, empty when not given or not a member. */
    private Optional<Country> state() {
        if (state == null) {
            return Optional.empty();
        }
        Optional<Region> chosen = region();
        return chosen.flatMap(r -> r.members().stream()
                .filter(country -> country.alpha2().equalsIgnoreCase(state.strip())).findFirst());
    }

    private Optional<Region> region() {
        try {
            return Optional.of(Region.of(region.strip().replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
