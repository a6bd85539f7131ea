package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.salwmonitor.core.disclosure.TableCell;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.trend.ChangeSummary;
import org.salwmonitor.core.trend.LeastSquaresTrend;
import org.salwmonitor.core.trend.MannKendallTest;
import org.salwmonitor.core.trend.TrendResult;
import org.salwmonitor.core.weapon.WeaponType;

/** Lays out the trend report of one language. */
final class TrendDocument {

    /** How many findings the executive summary lists. */
    static final int SUMMARY_FINDINGS = 8;

    private final TrendReportModel model;
    private final Texts texts;
    private final Doc doc = new Doc();

    private TrendDocument(TrendReportModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    static Doc of(TrendReportModel model, Texts texts) {
        return new TrendDocument(model, texts).build();
    }

    /** The sentence of the executive summary for one finding, as printed. */
    static String sentence(TrendReportModel.Finding finding, Texts texts) {
        String subject = texts.t("summary.subject", texts.country(finding.country()),
                finding.indicator().name(texts.locale()));
        return finding.result().summary(subject, texts.locale());
    }

    private Doc build() {
        List<Integer> years = model.metadata().years();
        doc.h1(texts.t("trend.summary"));
        doc.p(texts.t("trend.summary.intro", model.metadata().region().name(texts.locale()),
                model.metadata().fromYear(), model.metadata().toYear()));
        model.findings().stream().limit(SUMMARY_FINDINGS).forEach(finding -> doc.p("\u2022 " + sentence(finding, texts)));
        latestRegionalSdg().ifPresent(doc::p);

        for (TrendReportModel.IndicatorSection section : model.indicators()) {
            String name = section.indicator().name(texts.locale());
            doc.pageBreak().h1(name);
            Map<String, Map<Integer, Double>> lines = new LinkedHashMap<>();
            PublishedTable values = section.values();
            for (int i = 0; i < values.rowKeys().size(); i++) {
                Map<Integer, Double> line = new TreeMap<>();
                for (int j = 0; j < years.size(); j++) {
                    OptionalDouble value = asDouble(values, i, j);
                    line.put(years.get(j), value.isPresent() ? value.getAsDouble() : null);
                }
                lines.put(texts.country(model.metadata().region().members().get(i)), line);
            }
            String unit = unitOf(section.indicator());
            doc.together(d -> d.chart(texts.t("chart.regional", name), Charts.lines(texts,
                    texts.t("chart.regional", name), unit, lines, years, false), false)
                    .note(texts.t("chart.gaps")));
            doc.together(d -> d.h2(texts.t("trend.block", name)).table(trendTable(section))
                    .note(texts.t("trend.block.note")));
            doc.together(d -> {
                d.h2(texts.t("trend.values", name));
                d.table(countTable("values." + section.indicator().code(), texts.t("trend.values", name),
                        texts.t("column.country"), values,
                        model.metadata().region().members().stream().map(texts::country).toList(),
                        years.stream().map(String::valueOf).toList()));
                suppressionNote(values);
            });
        }

        doc.pageBreak().h1(texts.t("sdg.regional.title"));
        doc.p(texts.t("sdg.regional.intro"));
        doc.table(regionalSdgTable());

        for (TrendReportModel.CountryProfile profile : model.countries()) {
            String country = texts.country(profile.country());
            doc.pageBreak().h1(country);
            profile.weaponTypes().ifPresent(table -> doc.together(d -> {
                doc.h2(texts.t("country.weapons", country));
                Map<String, Map<Integer, Double>> segments = new LinkedHashMap<>();
                for (int j = 0; j < table.columnKeys().size(); j++) {
                    Map<Integer, Double> segment = new TreeMap<>();
                    for (int i = 0; i < years.size(); i++) {
                        OptionalDouble value = asDouble(table, i, j);
                        segment.put(years.get(i), value.isPresent() ? value.getAsDouble() : null);
                    }
                    segments.put(WeaponType.valueOf(table.columnKeys().get(j)).label(texts.locale()), segment);
                }
                doc.chart(texts.t("country.weapons", country), Charts.stackedBars(texts,
                        texts.t("country.weapons", country), texts.t("unit.weapons"), segments, years), false);
                // Printed with the weapon types as rows: their long names need the label column, years fit a column.
                doc.table(transpose(countTable("weapons." + profile.country().alpha2(),
                        texts.t("country.weapons", country), texts.t("column.year"), table,
                        years.stream().map(String::valueOf).toList(), table.columnKeys().stream()
                                .map(code -> WeaponType.valueOf(code).label(texts.locale())).toList()),
                        texts.t("column.weapon.type")));
                suppressionNote(table);
            }));
            doc.together(d -> sdgSection(profile, country, years));
        }

        Annexes.methods(doc, texts, "trend");
        Annexes.sources(doc, texts, model.metadata());
        return doc;
    }

    /** A country's SDG 16.4.2 over the years: chart (or a note when no rate is published) and counts. */
    private void sdgSection(TrendReportModel.CountryProfile profile, String country, List<Integer> years) {
        doc.h2(texts.t("country.sdg", country));
        Map<Integer, Double> sdgLine = new TreeMap<>();
        for (int i = 0; i < years.size(); i++) {
            OptionalDouble percent = sdgPercent(profile.sdgCounts(), i);
            sdgLine.put(years.get(i), percent.isPresent() ? percent.getAsDouble() : null);
        }
        Map<String, Map<Integer, Double>> sdgLines = new LinkedHashMap<>();
        sdgLines.put(country, sdgLine);
        if (sdgLine.values().stream().anyMatch(java.util.Objects::nonNull)) {
            doc.chart(texts.t("country.sdg", country), Charts.lines(texts, texts.t("country.sdg", country),
                    texts.t("unit.percent"), sdgLines, years, true), false);
        } else {
            doc.p(texts.t("chart.nodata", texts.t("country.sdg", country)));
        }
        doc.table(sdgTable("sdg." + profile.country().alpha2(), texts.t("country.sdg", country),
                profile.sdgCounts(), years));
        suppressionNote(profile.sdgCounts());
    }

    private java.util.Optional<String> latestRegionalSdg() {
        for (int i = model.regionalSdg().size() - 1; i >= 0; i--) {
            Sdg1642RegionalRate rate = model.regionalSdg().get(i);
            if (rate.percent().isPresent()) {
                return java.util.Optional.of(texts.t("summary.sdg", model.metadata().region().name(texts.locale()),
                        rate.year(), texts.percent(rate.percent().getAsDouble(), 1), rate.countriesContributing(),
                        model.metadata().region().members().size()));
            }
        }
        return java.util.Optional.empty();
    }

    private String unitOf(KeyIndicator indicator) {
        return indicator.indicator().unit(indicator.dimensions()).label(texts.locale());
    }

    private Table trendTable(TrendReportModel.IndicatorSection section) {
        List<String> headers = List.of(texts.t("column.country"), texts.t("trend.n"), texts.t("trend.ls"),
                texts.t("trend.ci"), texts.t("trend.ls.p"), texts.t("trend.mk.tau"), texts.t("trend.mk.p"),
                texts.t("trend.mk.method"), texts.t("trend.ts"), texts.t("trend.change"), texts.t("trend.cagr"),
                texts.t("trend.verdict"));
        List<Table.Row> rows = new ArrayList<>();
        for (Map.Entry<Country, TrendResult> entry : section.trends().entrySet()) {
            rows.add(new Table.Row(texts.country(entry.getKey()), trendCells(entry.getValue(), texts)));
        }
        return new Table("trend." + section.indicator().code(), texts.t("trend.block", section.indicator()
                .name(texts.locale())), headers, rows, true);
    }

    /** The trend block of one series, as printed: the cells tests compare with the analytics. */
    static List<Cell> trendCells(TrendResult result, Texts texts) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(texts.integer(result.series().size()), Integer.toString(result.series().size())));
        if (result.leastSquares().isPresent()) {
            LeastSquaresTrend ls = result.leastSquares().get();
            cells.add(Cell.of(texts.decimal(ls.slope(), 1), Texts.plain(ls.slope(), 1)));
            cells.add(ls.slopeConfidenceHalfWidth().isPresent()
                    ? Cell.of("\u00b1" + texts.decimal(ls.slopeConfidenceHalfWidth().getAsDouble(), 1),
                            Texts.plain(ls.slopeConfidenceHalfWidth().getAsDouble(), 1))
                    : texts.notApplicable());
            cells.add(ls.pValue().isPresent() ? Cell.of(texts.p(ls.pValue().getAsDouble()),
                    Texts.plainP(ls.pValue().getAsDouble())) : texts.notApplicable());
        } else {
            cells.add(texts.notApplicable());
            cells.add(texts.notApplicable());
            cells.add(texts.notApplicable());
        }
        if (result.mannKendall().isPresent()) {
            MannKendallTest mk = result.mannKendall().get();
            cells.add(texts.cellOf(mk.tauB(), 2));
            cells.add(Cell.of(texts.p(mk.pValue()), Texts.plainP(mk.pValue())));
            cells.add(Cell.text(mk.method().label(texts.locale())));
        } else {
            cells.add(texts.notApplicable());
            cells.add(texts.notApplicable());
            cells.add(texts.notApplicable());
        }
        cells.add(result.theilSen().isPresent()
                ? Cell.of(texts.decimal(result.theilSen().get().slope(), 1), Texts.plain(result.theilSen().get().slope(), 1))
                : texts.notApplicable());
        ChangeSummary changes = result.changes();
        cells.add(changes.lastYear() > changes.firstYear()
                ? Cell.of(texts.integer(Math.round(changes.absoluteChange())), Long.toString(Math.round(changes.absoluteChange())))
                : texts.notApplicable());
        cells.add(changes.cagrPercent().isPresent()
                ? Cell.of(texts.percent(changes.cagrPercent().getAsDouble(), 1), Texts.plain(changes.cagrPercent().getAsDouble(), 1))
                : texts.notApplicable());
        cells.add(Cell.text(result.verdict().label(texts.locale())));
        return cells;
    }

    /** A count table with a total row and column. */
    private Table countTable(String id, String title, String labelHeader, PublishedTable table, List<String> rowLabels,
            List<String> columnLabels) {
        List<String> headers = new ArrayList<>();
        headers.add(labelHeader);
        headers.addAll(columnLabels);
        headers.add(texts.t("column.total"));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i <= rowLabels.size(); i++) {
            int row = i == rowLabels.size() ? TableCell.TOTAL : i;
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j <= columnLabels.size(); j++) {
                cells.add(texts.count(table, row, j == columnLabels.size() ? TableCell.TOTAL : j));
            }
            rows.add(new Table.Row(row == TableCell.TOTAL ? texts.t("column.total") : rowLabels.get(i), cells));
        }
        return new Table(id, title, headers, rows, true);
    }

    /** The same table with rows and columns swapped, the label column headed {@code labelHeader}. */
    private static Table transpose(Table table, String labelHeader) {
        List<String> headers = new ArrayList<>();
        headers.add(labelHeader);
        table.rows().forEach(row -> headers.add(row.label()));
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < table.columns(); j++) {
            List<Cell> cells = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                cells.add(row.cells().get(j));
            }
            rows.add(new Table.Row(table.headers().get(j + 1), cells));
        }
        return new Table(table.id(), table.title(), headers, rows, table.printed());
    }

    private Table sdgTable(String id, String title, PublishedTable counts, List<Integer> years) {
        List<String> headers = List.of(texts.t("column.year"), texts.t("sdg.numerator"), texts.t("sdg.other"),
                texts.t("sdg.denominator"), texts.t("sdg.percent"));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            OptionalDouble percent = sdgPercent(counts, i);
            rows.add(new Table.Row(Integer.toString(years.get(i)), List.of(texts.count(counts, i, 0),
                    texts.count(counts, i, 1), texts.count(counts, i, TableCell.TOTAL),
                    percent.isPresent() ? Cell.of(texts.percent(percent.getAsDouble(), 1),
                            Texts.plain(percent.getAsDouble(), 1))
                            : counts.state(i, 0) == PublishedTable.State.SUPPRESSED
                                    || counts.state(i, TableCell.TOTAL) == PublishedTable.State.SUPPRESSED
                                    ? Cell.suppressed() : texts.missing())));
        }
        return new Table(id, title, headers, rows, true);
    }

    private Table regionalSdgTable() {
        List<String> headers = List.of(texts.t("column.year"), texts.t("sdg.numerator"), texts.t("sdg.denominator"),
                texts.t("sdg.percent"), texts.t("sdg.contributing"));
        List<Table.Row> rows = new ArrayList<>();
        for (Sdg1642RegionalRate rate : model.regionalSdg()) {
            boolean available = rate.percent().isPresent();
            rows.add(new Table.Row(Integer.toString(rate.year()), List.of(
                    available ? Cell.of(texts.integer(rate.numerator()), Long.toString(rate.numerator())) : texts.missing(),
                    available ? Cell.of(texts.integer(rate.denominator()), Long.toString(rate.denominator())) : texts.missing(),
                    available ? Cell.of(texts.percent(rate.percent().getAsDouble(), 1),
                            Texts.plain(rate.percent().getAsDouble(), 1)) : texts.missing(),
                    Cell.of(rate.countriesContributing() + "/" + model.metadata().region().members().size(),
                            Integer.toString(rate.countriesContributing())))));
        }
        return new Table("sdg.region", texts.t("sdg.regional.title"), headers, rows, true);
    }

    /** The published percentage of a year of an SDG count table: only when numerator and denominator are published. */
    static OptionalDouble sdgPercent(PublishedTable counts, int row) {
        if (counts.value(row, 0).isEmpty() || counts.value(row, TableCell.TOTAL).isEmpty()
                || counts.value(row, TableCell.TOTAL).getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * counts.value(row, 0).getAsLong() / counts.value(row, TableCell.TOTAL).getAsLong());
    }

    private static OptionalDouble asDouble(PublishedTable table, int row, int column) {
        return table.value(row, column).isPresent() ? OptionalDouble.of(table.value(row, column).getAsLong())
                : OptionalDouble.empty();
    }

    private void suppressionNote(PublishedTable table) {
        if (table.hasSuppressed()) {
            doc.note(texts.t("note.suppressed", table.policy().threshold()));
        }
    }
}
