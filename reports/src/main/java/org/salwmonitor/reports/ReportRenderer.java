package org.salwmonitor.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders report models as PDF, in English or Russian from the same templates, and writes the data behind
 * each PDF as CSV. Plain Java: no Spring, no database; thread-safe, and cheap to share (the compiled
 * templates are loaded once, by {@link #create()}).
 *
 * <p>Every PDF has embedded DejaVu fonts, is tagged (accessible) with its language, and carries title,
 * subject, author, creator and keywords in its metadata (the creation date is the time of writing).
 * Each page has the report title and classification marking at the top, "page X of Y", the generation
 * time and "data as of" at the bottom, and, when any input is synthetic, a synthetic-data banner.
 */
public final class ReportRenderer {

    private static final String TEMPLATES = "/org/salwmonitor/reports/templates/";

    private final JasperReport trend;
    private final JasperReport compliance;
    private final JasperReport tableNarrow;
    private final JasperReport tableWide;
    private final JasperReport tableMedium;
    /** The table grids by {@link Doc} layout name. */
    private final Map<String, JasperReport> tables = new HashMap<>();

    private ReportRenderer() {
        trend = load("trend-report.jasper");
        compliance = load("compliance-report.jasper");
        tableNarrow = load("table-narrow.jasper");
        tableWide = load("table-wide.jasper");
        tableMedium = load("table-medium.jasper");
        tables.put(Doc.WIDE, tableWide);
        tables.put(Doc.MEDIUM, tableMedium);
        tables.put(Doc.NARROW, tableNarrow);
        tables.put(Doc.TREND, load("table-trend.jasper"));
        for (int columns = Doc.FITTED_MIN; columns <= Doc.FITTED_MAX; columns++) {
            tables.put(Integer.toString(columns), load("table-" + columns + ".jasper"));
        }
    }

    /**
     * Loads the compiled templates and warms up: renders a small report of each kind in each language to
     * nowhere (headings, paragraphs, a line chart, stacked bars and a table of every grid), so that the one-time
     * costs (JasperReports extensions, font registry, font embedding, chart and PDF classes, the JIT's first
     * compilations) are paid before the first real report, for example while an application starts.
     *
     * @return the renderer, not null
     * @throws IllegalStateException if a compiled template is missing from the classpath
     */
    public static ReportRenderer createWarm() {
        ReportRenderer renderer = new ReportRenderer();
        ReportMetadata metadata = new ReportMetadata(org.salwmonitor.core.geo.Region.centralAsia(), 2020, 2022,
                Classification.PUBLIC, java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), true, java.util.List.of());
        for (Locale locale : java.util.List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            Texts texts = new Texts(locale);
            renderer.export(renderer.trend, warmUpDoc(texts), metadata, texts, "trend", OutputStream.nullOutputStream());
            renderer.export(renderer.compliance, new Doc().h1("warm-up").table(warmUpTable(3, 5)), metadata, texts,
                    "compliance", OutputStream.nullOutputStream());
        }
        return renderer;
    }

    private static Doc warmUpDoc(Texts texts) {
        java.util.List<Integer> years = java.util.List.of(2020, 2021, 2022);
        java.util.Map<String, java.util.Map<Integer, Double>> lines = new java.util.LinkedHashMap<>();
        for (String name : java.util.List.of("a", "b", "c")) {
            java.util.Map<Integer, Double> line = new java.util.HashMap<>();
            years.forEach(year -> line.put(year, (double) year % 7));
            lines.put(name, line);
        }
        Doc doc = new Doc().h1("warm-up").p("warm-up").note("warm-up");
        doc.together(d -> d.h2("warm-up").chart("warm-up", Charts.lines(texts, "warm-up", "warm-up", lines, years,
                false), false));
        doc.chart("warm-up", Charts.stackedBars(texts, "warm-up", "warm-up", lines, years), false);
        for (int columns : new int[] {3, Doc.FITTED_MIN, Doc.FITTED_MAX, Table.MEDIUM_COLUMNS, Table.MAX_COLUMNS}) {
            doc.table(warmUpTable(columns, 10));
        }
        return doc;
    }

    private static Table warmUpTable(int columns, int rows) {
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("warm-up"));
        for (int j = 0; j < columns; j++) {
            headers.add(Integer.toString(2000 + j));
        }
        java.util.List<Table.Row> tableRows = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            java.util.List<Cell> cells = new java.util.ArrayList<>();
            for (int j = 0; j < columns; j++) {
                cells.add(Cell.text(Integer.toString(i * 1000 + j)));
            }
            tableRows.add(new Table.Row("warm-up " + i, cells));
        }
        return new Table("warm-up", "warm-up", headers, tableRows, true);
    }

    /**
     * Loads the compiled templates.
     *
     * @return the renderer, not null
     * @throws IllegalStateException if a compiled template is missing from the classpath
     */
    public static ReportRenderer create() {
        return new ReportRenderer();
    }

    private static JasperReport load(String name) {
        try (var in = ReportRenderer.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("compiled template " + TEMPLATES + name
                        + " must be on the classpath (the build compiles it from its .jrxml)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load compiled template " + name, e);
        }
    }

    /**
     * Renders the trend report.
     *
     * @param model   the model, not null
     * @param locale  the language: Russian for {@code ru}, English otherwise; not null
     * @param out     where the PDF goes, not null; not closed
     * @throws ReportException if filling or exporting fails
     */
    public void renderTrend(TrendReportModel model, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        export(trend, TrendDocument.of(model, texts), model.metadata(), texts, "trend", out);
    }

    /**
     * Renders the compliance report.
     *
     * @param model   the model, not null
     * @param locale  the language, not null
     * @param out     where the PDF goes, not null; not closed
     * @throws ReportException if filling or exporting fails
     */
    public void renderCompliance(ComplianceReportModel model, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        export(compliance, ComplianceDocument.of(model, texts), model.metadata(), texts, "compliance", out);
    }

    /**
     * Renders a one-page {@link SeriesBrief} (same page header, footer, fonts and tagging as the reports).
     *
     * @param brief   the brief, not null
     * @param locale  the language: Russian for {@code ru}, English otherwise; not null
     * @param out     where the PDF goes, not null; not closed
     * @throws ReportException if filling or exporting fails
     */
    public void renderBrief(SeriesBrief brief, Locale locale, OutputStream out) {
        Objects.requireNonNull(brief, "brief must not be null");
        Texts texts = new Texts(locale);
        export(trend, SeriesBriefDocument.of(brief, texts), brief.metadata(), texts, "brief",
                new Object[] {brief.indicator().name(locale), texts.country(brief.country()),
                        brief.metadata().fromYear(), brief.metadata().toYear()}, out);
    }

    /**
     * Renders the trend report to a file and writes the data behind it to a CSV file.
     *
     * @param model   the model, not null
     * @param locale  the language, not null
     * @param pdf     the PDF file to write, not null
     * @param csv     the CSV file to write, not null
     * @throws ReportException if filling or exporting fails
     * @throws UncheckedIOException if a file cannot be written
     */
    public void renderTrend(TrendReportModel model, Locale locale, Path pdf, Path csv) {
        Texts texts = new Texts(locale);
        Doc doc = TrendDocument.of(model, texts);
        write(pdf, out -> export(trend, doc, model.metadata(), texts, "trend", out));
        write(csv, out -> writeCsv(doc, out));
    }

    /**
     * Renders the compliance report to a file and writes the data behind it to a CSV file.
     *
     * @param model   the model, not null
     * @param locale  the language, not null
     * @param pdf     the PDF file to write, not null
     * @param csv     the CSV file to write, not null
     * @throws ReportException if filling or exporting fails
     * @throws UncheckedIOException if a file cannot be written
     */
    public void renderCompliance(ComplianceReportModel model, Locale locale, Path pdf, Path csv) {
        Texts texts = new Texts(locale);
        Doc doc = ComplianceDocument.of(model, texts);
        write(pdf, out -> export(compliance, doc, model.metadata(), texts, "compliance", out));
        write(csv, out -> writeCsv(doc, out));
    }

    /**
     * Writes the data behind the trend report: every figure of its tables as
     * {@code table,row,column,value,status}, in UTF-8.
     *
     * @param model   the model, not null
     * @param locale  the language of the labels, not null
     * @param out     where the CSV goes, not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeTrendData(TrendReportModel model, Locale locale, OutputStream out) {
        writeCsv(TrendDocument.of(model, new Texts(locale)), out);
    }

    /**
     * Writes the data behind the compliance report, as {@link #writeTrendData} does for the trend report.
     *
     * @param model   the model, not null
     * @param locale  the language of the labels, not null
     * @param out     where the CSV goes, not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeComplianceData(ComplianceReportModel model, Locale locale, OutputStream out) {
        writeCsv(ComplianceDocument.of(model, new Texts(locale)), out);
    }

    private static void writeCsv(Doc doc, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            DataCsv.write(doc, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report data", e);
        }
    }

    private interface Sink {
        void accept(OutputStream out);
    }

    private static void write(Path file, Sink sink) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            sink.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void export(JasperReport template, Doc doc, ReportMetadata metadata, Texts texts, String kind,
            OutputStream out) {
        export(template, doc, metadata, texts, kind, new Object[] {metadata.region().name(texts.locale()),
                metadata.fromYear(), metadata.toYear()}, out);
    }

    /** Exports with the title, subtitle and subject keys of {@code kind} formatted with {@code titleArgs}. */
    private void export(JasperReport template, Doc doc, ReportMetadata metadata, Texts texts, String kind,
            Object[] titleArgs, OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        Locale locale = texts.locale();
        String title = texts.t(kind + ".title", titleArgs);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(metadata.generatedAt().getZone()));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
        parameters.put("REPORT_TITLE", title);
        parameters.put("CLASSIFICATION", metadata.classification().marking(locale));
        parameters.put("SYNTHETIC", metadata.synthetic());
        parameters.put("SYNTHETIC_TEXT", texts.t("synthetic.banner"));
        parameters.put("GENERATED_TEXT", texts.t("footer.generated", texts.dateTime(metadata.generatedAt())));
        parameters.put("DATA_AS_OF_TEXT", texts.t("footer.asof", texts.date(metadata.dataAsOf())));
        parameters.put("PAGE_PATTERN", texts.t("footer.page"));
        parameters.put("COVER_SUBTITLE", texts.t(kind + ".subtitle", titleArgs));
        parameters.put("COVER_TEXT", texts.t("cover.text", texts.dateTime(metadata.generatedAt()),
                texts.date(metadata.dataAsOf()), metadata.classification().marking(locale)));
        parameters.put("TABLE_NARROW", tableNarrow);
        parameters.put("TABLE_WIDE", tableWide);
        parameters.put("TABLE_MEDIUM", tableMedium);
        parameters.put("TABLES", tables);
        try {
            JasperPrint print = JasperFillManager.fillReport(template, parameters, doc.dataSource());
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            configuration.setTagLanguage(locale.getLanguage());
            configuration.setMetadataTitle(title);
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataSubject(texts.t(kind + ".subject", titleArgs));
            configuration.setMetadataAuthor(texts.t("metadata.author"));
            configuration.setMetadataCreator("SALW Monitor");
            configuration.setMetadataKeywords(texts.t("metadata.keywords")
                    + (metadata.synthetic() ? ", " + texts.t("metadata.synthetic") : ""));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("cannot render the " + kind + " report in " + locale, e);
        }
    }
}
