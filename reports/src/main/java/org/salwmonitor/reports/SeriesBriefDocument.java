package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salwmonitor.core.trend.YearValue;

/** Lays out the one-page {@link SeriesBrief} of one language. */
final class SeriesBriefDocument {

    private SeriesBriefDocument() {
    }

    static Doc of(SeriesBrief brief, Texts texts) {
        List<Integer> years = brief.metadata().years();
        String country = texts.country(brief.country());
        String name = brief.indicator().name(texts.locale());
        PublishedTable values = published(brief, years);

        Doc doc = new Doc();
        doc.p(brief.trend().summary(texts.t("summary.subject", country, name), texts.locale()));

        Map<Integer, Double> line = new TreeMap<>();
        for (int j = 0; j < years.size(); j++) {
            line.put(years.get(j), values.value(0, j).isPresent() ? (double) values.value(0, j).getAsLong() : null);
        }
        Map<String, Map<Integer, Double>> lines = new LinkedHashMap<>();
        lines.put(country, line);
        String unit = brief.indicator().indicator().unit(brief.indicator().dimensions()).label(texts.locale());
        doc.chart(name, Charts.lines(texts, name, unit, lines, years, true), true);

        List<String> trendHeaders = List.of(texts.t("column.country"), texts.t("trend.n"), texts.t("trend.ls"),
                texts.t("trend.ci"), texts.t("trend.ls.p"), texts.t("trend.mk.tau"), texts.t("trend.mk.p"),
                texts.t("trend.mk.method"), texts.t("trend.ts"), texts.t("trend.change"), texts.t("trend.cagr"),
                texts.t("trend.verdict"));
        doc.h2(texts.t("brief.trend"));
        doc.table(new Table("brief.trend", texts.t("brief.trend"), trendHeaders,
                List.of(new Table.Row(country, TrendDocument.trendCells(brief.trend(), texts))), true));
        doc.note(texts.t("trend.block.note"));

        List<String> valueHeaders = new ArrayList<>();
        valueHeaders.add(texts.t("column.country"));
        years.forEach(year -> valueHeaders.add(Integer.toString(year)));
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j < years.size(); j++) {
            cells.add(texts.count(values, 0, j));
        }
        doc.h2(texts.t("brief.values"));
        doc.table(new Table("brief.values", texts.t("brief.values"), valueHeaders,
                List.of(new Table.Row(country, cells)), true));
        if (values.hasSuppressed()) {
            doc.note(texts.t("note.suppressed", values.policy().threshold()));
        }
        return doc;
    }

    /** The series' values within the report's years, as one protected row (a year without a value is missing). */
    private static PublishedTable published(SeriesBrief brief, List<Integer> years) {
        Long[][] counts = new Long[1][years.size()];
        for (YearValue point : brief.trend().series().points()) {
            int column = years.indexOf(point.year());
            if (column >= 0) {
                counts[0][column] = Math.round(point.value());
            }
        }
        return PublishedTable.protect(List.of(brief.country().alpha2()),
                years.stream().map(String::valueOf).toList(), counts, null, brief.policy());
    }
}
