package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.shared.Json;
import org.salwmonitor.batch.tracing.FigureComparison;
import org.salwmonitor.batch.tracing.RequestedStateFigures;
import org.salwmonitor.batch.tracing.Sdg1642Comparison;
import org.salwmonitor.batch.tracing.Sdg1642Reconciliation;
import org.salwmonitor.batch.tracing.TracingOverview;
import org.salwmonitor.batch.tracing.TracingSummary;
import org.salwmonitor.core.geo.Region;

/** {@code salw tracing}: trace requests by requested state, and SDG 16.4.2 from the records against the statistics. */
@Command(name = "tracing", mixinStandardHelpOptions = true,
        description = {"Summarise tracing from the case records: the trace requests the region's states sent, by",
            "requested state (sent, answered, pending, no response; median and 90th percentile of days to answer),",
            "and SDG indicator 16.4.2 computed from item-level outcomes beside the national statistics, with every",
            "difference listed. RESTRICTED: computed from case records; not for public reports."})
public class TracingCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print as JSON on stdout")
    boolean json;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "central-asia",
            description = "Region code, e.g. central-asia (default: central-asia)")
    String region;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Region chosen;
        try {
            chosen = Region.of(region.strip().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println("salw: --region: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ConfigurableApplicationContext context = Contexts.start(database)) {
            TracingSummary summary = context.getBean(TracingSummary.class);
            if (!summary.hasRecords(chosen)) {
                System.err.println("salw: nothing to report: the database holds no trace request or firearm record of "
                        + chosen.nameEn() + " (import case records first: salw import records FILE)");
                return ExitCodes.REFUSED;
            }
            TracingOverview overview = summary.overview(chosen);
            Sdg1642Reconciliation reconciliation = summary.reconcile(chosen);
            if (json) {
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("tracing", overview);
                both.put("sdg1642", reconciliation);
                System.out.println(Json.write(both));
            } else {
                print(overview, reconciliation, System.out);
            }
            return ExitCodes.SUCCESS;
        }
    }

    static void print(TracingOverview overview, Sdg1642Reconciliation reconciliation, PrintStream out) {
        out.println("RESTRICTED: computed from case records." + (overview.synthetic() || reconciliation.synthetic()
                ? " SYNTHETIC sample data." : ""));
        out.println("Trace requests sent by " + overview.region() + ", by requested state:");
        out.printf(Locale.ROOT, "  %-5s %6s %8s %11s %8s %8s %11s %8s %8s%n", "state", "sent", "answered",
                "established", "not est.", "pending", "no response", "median d", "p90 d");
        for (RequestedStateFigures f : overview.byRequestedState()) {
            row(f, out);
        }
        row(overview.total(), out);
        out.println();
        out.println("SDG 16.4.2 by state and year: case records against national statistics ("
                + reconciliation.differences() + " differences):");
        out.printf(Locale.ROOT, "  %-5s %4s  %-20s %-20s %9s  %s%n", "state", "year", "records", "statistics",
                "diff (pp)", "agreement");
        for (Sdg1642Comparison c : reconciliation.rates()) {
            out.printf(Locale.ROOT, "  %-5s %4d  %-20s %-20s %9s  %s%n", c.area(), c.year(),
                    rate(c.recordsNumerator(), c.recordsDenominator(), c.recordsPercent()),
                    c.statisticsNotAvailable() != null ? "n/a (" + c.statisticsNotAvailable() + ")"
                            : rate(c.statisticsNumerator(), c.statisticsDenominator(), c.statisticsPercent()),
                    c.differencePoints() == null ? "" : String.format(Locale.ROOT, "%+.1f", c.differencePoints()),
                    c.agreement());
        }
        out.println();
        out.println("Counts by state, year and indicator (records / statistics):");
        for (FigureComparison f : reconciliation.figures()) {
            out.printf(Locale.ROOT, "  %-5s %4d  %-24s %8s / %-8s %s%n", f.area(), f.year(), f.indicator().code(),
                    f.fromRecords() == null ? "-" : f.fromRecords(), f.fromStatistics() == null ? "-" : f.fromStatistics(),
                    f.agreement());
        }
    }

    private static void row(RequestedStateFigures f, PrintStream out) {
        out.printf(Locale.ROOT, "  %-5s %6d %8d %11d %8d %8d %11d %8s %8s%n", f.requestedState(), f.sent(), f.answered(),
                f.originEstablished(), f.notEstablished(), f.pending(), f.noResponse(), days(f.medianResponseDays()),
                days(f.p90ResponseDays()));
    }

    private static String days(Double days) {
        return days == null ? "-" : String.format(Locale.ROOT, "%.1f", days);
    }

    private static String rate(Long numerator, Long denominator, Double percent) {
        if (numerator == null && denominator == null) {
            return "-";
        }
        return (numerator == null ? "-" : numerator) + "/" + (denominator == null ? "-" : denominator)
                + (percent == null ? "" : String.format(Locale.ROOT, " = %.1f%%", percent));
    }
}
