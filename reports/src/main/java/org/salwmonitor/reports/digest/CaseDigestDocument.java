package org.salwmonitor.reports.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.reports.ReportMetadata;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.ItemSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchRecord;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchSet;
import org.salwmonitor.reports.digest.CaseDigestModel.SdgReconciliation;
import org.salwmonitor.reports.digest.CaseDigestModel.TracingByState;

/**
 * The digest in one language: the flow of blocks the frame template prints (headings, paragraphs, notes and
 * the four tables), each table's rows as maps of printed strings. Only what is put in these maps can reach
 * the PDF, so this is the one place that decides what of the model is printed.
 */
final class CaseDigestDocument {

    private static final String ARROW = " → ";

    private final CaseDigestModel model;
    private final DigestTexts texts;
    private final List<Map<String, ?>> blocks = new ArrayList<>();

    private CaseDigestDocument(CaseDigestModel model, DigestTexts texts) {
        this.model = model;
        this.texts = texts;
    }

    /**
     * The blocks of the model in the language of {@code texts}, as the frame template's data source rows. Each
     * section starts on a new page, so that a section can be handed on by itself.
     */
    static List<Map<String, ?>> blocks(CaseDigestModel model, DigestTexts texts) {
        CaseDigestDocument document = new CaseDigestDocument(model, texts);
        document.cases();
        document.matches();
        document.tracing();
        document.sdg();
        return document.blocks;
    }

    /** The cover's overview sentence: what the digest holds. */
    static String overview(CaseDigestModel model, DigestTexts texts) {
        long records = model.matchSets().stream().mapToLong(set -> set.records().size()).sum();
        long sent = model.tracing().stream().mapToLong(TracingByState::sent).sum();
        return texts.t("cover.overview", texts.integer(model.cases().size()),
                texts.integer(model.caseStates().size()), texts.integer(model.matchSets().size()),
                texts.integer(records), texts.integer(sent), texts.integer(model.tracing().size()),
                texts.integer(model.sdg().size()));
    }

    private void cases() {
        text("H1", texts.t("cases.title"));
        text("P", texts.t("cases.intro"));
        if (model.cases().isEmpty()) {
            text("P", texts.t("cases.empty"));
            return;
        }
        Map<Country, Long> perState = model.cases().stream()
                .collect(Collectors.groupingBy(CaseSummary::country, Collectors.counting()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CaseSummary summary : model.cases()) {
            Map<String, Object> row = new HashMap<>();
            row.put("group", summary.country().alpha2());
            row.put("groupTitle", texts.t("cases.state", country(summary.country()),
                    texts.integer(perState.get(summary.country()))));
            row.put("event", summary.eventId() + "\n" + texts.date(summary.date()));
            StringBuilder where = new StringBuilder(summary.place() == null ? texts.t("place.none") : summary.place());
            where.append('\n').append(texts.t("case.event", summary.eventType().label(texts.locale()),
                    summary.agencyType().label(texts.locale())));
            if (summary.legalBasis() != null) {
                where.append('\n').append(summary.legalBasis().label(texts.locale()));
            }
            row.put("where", where.toString());
            row.put("route", summary.route().isEmpty() ? texts.t("route.unknown")
                    : summary.route().stream().map(this::country).collect(Collectors.joining(ARROW)));
            row.put("contexts", summary.contexts().isEmpty() ? texts.t("contexts.none")
                    : summary.contexts().stream().map(context -> context.label(texts.locale()))
                            .collect(Collectors.joining(", ")));
            row.put("stage", summary.stage() == null ? texts.t("stage.none") : summary.stage().label(texts.locale()));
            row.put("items", items(summary.items()));
            row.put("persons", texts.integer(summary.persons()));
            rows.add(row);
        }
        table("CASES", rows);
    }

    private String items(ItemSummary items) {
        if (items.isEmpty()) {
            return texts.t("items.none");
        }
        List<String> lines = new ArrayList<>();
        if (!items.firearms().isEmpty()) {
            StringJoiner types = new StringJoiner(", ");
            items.firearms().forEach((type, count) -> types.add(texts.t("items.type", type.label(texts.locale()),
                    texts.integer(count))));
            lines.add(texts.t("items.firearms", texts.integer(items.totalFirearms()), types.toString()));
            lines.add(texts.t("items.serials", texts.integer(items.serialsLegible()),
                    texts.integer(items.serialsObliterated()), texts.integer(items.serialsNotRecorded())));
        }
        if (items.parts() > 0) {
            lines.add(texts.t("items.parts", texts.integer(items.parts())));
        }
        if (items.rounds() > 0) {
            lines.add(texts.t("items.rounds", texts.integer(items.rounds())));
        }
        return String.join("\n", lines);
    }

    private void matches() {
        text("BREAK", "");
        text("H1", texts.t("matches.title"));
        text("P", texts.t("matches.intro"));
        text("NOTE", texts.t("matches.strengths"));
        if (model.matchSets().isEmpty()) {
            text("P", texts.t("matches.empty"));
            return;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MatchSet set : model.matchSets()) {
            String title = texts.t("matches.set", set.setId(), texts.t("strength." + set.strength().name()),
                    texts.integer(set.records().size()),
                    set.states().stream().map(this::country).collect(Collectors.joining(", ")));
            for (MatchRecord record : set.records()) {
                Map<String, Object> row = new HashMap<>();
                row.put("group", set.setId());
                row.put("groupTitle", title);
                row.put("record", record.eventId() == null ? record.recordId()
                        : record.recordId() + "\n" + record.eventId());
                row.put("kind", record.eventType() != null ? record.eventType().label(texts.locale())
                        : record.lossKind().label(texts.locale()));
                row.put("where", record.place() == null ? country(record.country())
                        : country(record.country()) + "\n" + record.place());
                row.put("date", texts.date(record.date()));
                row.put("make", orNone(record.make()));
                row.put("model", orNone(record.model()));
                row.put("calibre", orNone(record.calibre()));
                row.put("serial", record.serial());
                rows.add(row);
            }
        }
        table("MATCHES", rows);
    }

    private void tracing() {
        text("BREAK", "");
        text("H1", texts.t("tracing.title"));
        text("P", texts.t("tracing.intro"));
        if (model.tracing().isEmpty()) {
            text("P", texts.t("tracing.empty"));
            return;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        long[] total = new long[5];
        for (TracingByState state : model.tracing()) {
            long[] counts = {state.sent(), state.answered(), state.originEstablished(), state.pending(),
                    state.noResponse()};
            rows.add(tracingRow(country(state.requestedState()), counts, state.medianResponseDays()));
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
        if (model.tracing().size() > 1) {
            // The median of all requests cannot be derived from the states' medians, so the total has none.
            rows.add(tracingRow(texts.t("tracing.total"), total, null));
        }
        table("TRACING", rows);
    }

    private Map<String, ?> tracingRow(String label, long[] counts, OptionalDouble median) {
        Map<String, Object> row = new HashMap<>();
        row.put("state", label);
        String[] fields = {"sent", "answered", "established", "pending", "noResponse"};
        for (int i = 0; i < fields.length; i++) {
            row.put(fields[i], texts.integer(counts[i]));
        }
        row.put("median", median == null ? texts.t("cell.none")
                : median.isPresent() ? texts.decimal(median.getAsDouble(), 0, 1) : texts.t("cell.na"));
        return row;
    }

    private void sdg() {
        text("BREAK", "");
        text("H1", texts.t("sdg.title"));
        text("P", texts.t("sdg.intro"));
        if (model.sdg().isEmpty()) {
            text("P", texts.t("sdg.empty"));
            return;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SdgReconciliation reconciliation : model.sdg()) {
            Map<String, Object> row = new HashMap<>();
            row.put("state", country(reconciliation.state()));
            row.put("year", Integer.toString(reconciliation.year()));
            rate(row, "records", reconciliation.fromRecords());
            rate(row, "statistics", reconciliation.fromStatistics());
            OptionalDouble difference = reconciliation.differencePoints();
            row.put("difference", difference.isPresent() ? signed(difference.getAsDouble()) : texts.t("cell.na"));
            rows.add(row);
        }
        table("SDG", rows);
        text("NOTE", texts.t("sdg.note"));
    }

    private void rate(Map<String, Object> row, String prefix, Sdg1642Rate rate) {
        row.put(prefix + "Established", count(rate.numerator()));
        row.put(prefix + "Arms", count(rate.denominator()));
        OptionalDouble percent = rate.percent();
        row.put(prefix + "Percent", percent.isPresent()
                ? texts.t("format.percent", texts.decimal(percent.getAsDouble(), 1, 1)) : texts.t("cell.na"));
    }

    private String count(OptionalLong value) {
        return value.isPresent() ? texts.integer(value.getAsLong()) : texts.t("cell.missing");
    }

    /** A difference in percentage points with its sign; a difference that rounds to zero has none. */
    private String signed(double points) {
        String number = texts.decimal(Math.abs(points), 1, 1);
        if (number.equals(texts.decimal(0, 1, 1))) {
            return number;
        }
        return (points > 0 ? "+" : "−") + number;
    }

    private String country(Country country) {
        return country.name(texts.locale());
    }

    private String orNone(String value) {
        return value == null ? texts.t("cell.none") : value;
    }

    private void text(String kind, String text) {
        Map<String, Object> block = new HashMap<>();
        block.put("kind", kind);
        block.put("text", text);
        blocks.add(block);
    }

    private void table(String kind, List<Map<String, ?>> rows) {
        Map<String, Object> block = new HashMap<>();
        block.put("kind", kind);
        block.put("text", "");
        block.put("rows", new JRMapCollectionDataSource(rows));
        blocks.add(block);
    }

    /** The metadata line of the cover. */
    static String coverText(ReportMetadata metadata, DigestTexts texts) {
        return texts.t("cover.text", texts.dateTime(metadata.generatedAt()), texts.date(metadata.dataAsOf()),
                metadata.classification().marking(texts.locale()));
    }
}
