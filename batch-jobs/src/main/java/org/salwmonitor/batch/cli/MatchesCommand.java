package org.salwmonitor.batch.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.matching.CrossBorderMatcher;
import org.salwmonitor.batch.matching.MatchLink;
import org.salwmonitor.batch.matching.MatchReport;
import org.salwmonitor.batch.matching.MatchSet;
import org.salwmonitor.batch.matching.MatchStrength;
import org.salwmonitor.batch.matching.MatchedRecord;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.shared.Json;
import org.salwmonitor.core.geo.Region;

/** {@code salw matches}: firearms recorded in two or more countries, or seized after being reported lost or stolen. */
@Command(name = "matches", mixinStandardHelpOptions = true,
        description = {"List the cross-border matches: records of one firearm in two or more countries, and seized,",
            "found or surrendered firearms recorded as lost or stolen. Linked records are grouped into match sets.",
            "Strength of a link: identical-serial (written alike), same-key (alike after normalisation),",
            "one-character-apart (keys one digit apart, same make, model and calibre: to be reviewed).",
            "RESTRICTED: case-level data for law-enforcement use only; never part of a public report."})
public class MatchesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the match sets as JSON on stdout")
    boolean json;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Keep only the sets with a record in this region, e.g. central-asia (default: every set)")
    String region;

    @Option(names = "--min-strength", paramLabel = "STRENGTH", defaultValue = "one-character-apart",
            description = "Weakest link to keep: identical-serial, same-key or one-character-apart (default)")
    String minStrength;

    @Option(names = "--explain", hidden = true, description = "Print the query plan of the candidate search instead")
    boolean explain;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        MatchStrength minimum;
        Optional<Region> chosen = Optional.empty();
        try {
            minimum = MatchStrength.parse(minStrength);
        } catch (IllegalArgumentException e) {
            System.err.println("salw: --min-strength: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (region != null) {
            try {
                chosen = Optional.of(Region.of(region.strip().replace('-', '_')));
            } catch (IllegalArgumentException e) {
                System.err.println("salw: --region: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try (ConfigurableApplicationContext context = Contexts.start(database)) {
            CrossBorderMatcher matcher = context.getBean(CrossBorderMatcher.class);
            if (explain) {
                matcher.explain().forEach(System.out::println);
                return ExitCodes.SUCCESS;
            }
            if (!matcher.hasRecords()) {
                System.err.println("salw: nothing to match: the database holds no firearm record with a serial"
                        + " (import case records first: salw import records FILE)");
                return ExitCodes.REFUSED;
            }
            long start = System.nanoTime();
            MatchReport report = matcher.find(minimum, chosen);
            System.err.printf(Locale.ROOT, "salw matches: matched in %.1f s: %d candidate pairs, %d links in %d sets%n",
                    (System.nanoTime() - start) / 1e9, report.candidatePairs(), report.links(), report.sets().size());
            if (json) {
                // streamed: over millions of records the list runs to a hundred megabytes
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                Json.write(out, report);
                out.write(System.lineSeparator());
                out.flush();
            } else {
                PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false,
                        StandardCharsets.UTF_8);
                print(report, out);
                out.flush();
            }
            return ExitCodes.SUCCESS;
        }
    }

    /**
     * Prints the report as a table: a first line saying the data are restricted (and synthetic, when they are),
     * then one block per set with its records and its links.
     *
     * @param report  the report, not null
     * @param out     where to print, not null
     */
    public static void print(MatchReport report, PrintStream out) {
        out.println("RESTRICTED: case-level data for law-enforcement use only."
                + (report.synthetic() ? " SYNTHETIC sample data." : ""));
        out.println("Cross-border matches" + (report.region() == null ? "" : " with a record in " + report.region())
                + ": " + report.sets().size() + " sets, " + report.links() + " links (weakest kept: "
                + name(report.minimumStrength()) + ")");
        if (report.sets().isEmpty()) {
            out.println("No match.");
        }
        for (MatchSet set : report.sets()) {
            out.println();
            out.println(set.id() + "  " + String.join(", ", set.countries()) + "  " + set.records().size()
                    + " records, weakest link " + name(set.weakest()));
            for (MatchedRecord r : set.records()) {
                out.printf(Locale.ROOT, "  %-11s %-12s %s %s %-11s %-11s %s / %s / %s  serial \"%s\"%n", r.kind(),
                        r.recordId(), r.area(), r.date(), r.occurrence(), r.eventId() == null ? "" : r.eventId(),
                        text(r.make()), text(r.model()), text(r.calibre()), r.serial());
            }
            for (MatchLink link : set.links()) {
                out.println("  link " + link.first() + " – " + link.second() + ": " + name(link.strength())
                        + (link.remarks().isEmpty() ? "" : " (" + link.remarks().stream().map(Enum::name)
                                .collect(Collectors.joining(", ")) + ")"));
            }
        }
    }

    private static String name(MatchStrength strength) {
        return strength.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
