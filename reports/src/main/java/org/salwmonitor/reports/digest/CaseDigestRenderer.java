package org.salwmonitor.reports.digest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.reports.ReportException;
import org.salwmonitor.reports.ReportMetadata;

/**
 * Renders the restricted case digest as PDF, in English or Russian from the same templates. Plain Java: no
 * Spring, no database; thread-safe, and cheap to share (the compiled templates are loaded once, by
 * {@link #create()}).
 *
 * <p>Every page carries the marking "RESTRICTED — law enforcement use only" («ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ —
 * только для правоохранительных органов») in its header and its footer, "page X of Y", the generation time,
 * "data as of" and, when any input is synthetic, the synthetic-data banner. Like the public reports the PDF
 * has embedded DejaVu fonts, is tagged with its language, and carries title, subject, author, creator and
 * keywords in its metadata.
 *
 * <p>The digest is never part of the public report pack ({@code ReportPack} does not know this class); a
 * caller writes it only when asked for restricted output.
 */
public final class CaseDigestRenderer {

    private static final String TEMPLATES = "/org/salwmonitor/reports/digest/";

    private final JasperReport frame;
    private final JasperReport cases;
    private final JasperReport matches;
    private final JasperReport tracing;
    private final JasperReport sdg;

    private CaseDigestRenderer() {
        frame = load("case-digest.jasper");
        cases = load("case-digest-cases.jasper");
        matches = load("case-digest-matches.jasper");
        tracing = load("case-digest-tracing.jasper");
        sdg = load("case-digest-sdg.jasper");
    }

    /**
     * Loads the compiled templates.
     *
     * @return the renderer, not null
     * @throws IllegalStateException if a compiled template is missing from the classpath
     */
    public static CaseDigestRenderer create() {
        return new CaseDigestRenderer();
    }

    /**
     * Returns the usual file name of the digest in a language: {@code case-digest-en.pdf}, {@code case-digest-ru.pdf}.
     *
     * @param locale  the language, not null
     * @return the file name, not null
     */
    public static String fileName(Locale locale) {
        return "case-digest-" + language(locale) + ".pdf";
    }

    /**
     * The file name of a digest limited to one state, for example {@code case-digest-kz-ru.pdf}.
     *
     * @param locale  the language, not null
     * @param state   the state, not null
     * @return the file name
     */
    public static String fileName(Locale locale, Country state) {
        return "case-digest-" + state.alpha2().toLowerCase(Locale.ROOT) + "-" + language(locale) + ".pdf";
    }

    private static JasperReport load(String name) {
        try (InputStream in = CaseDigestRenderer.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("compiled template " + TEMPLATES + name
                        + " must be on the classpath (the build compiles it from its .jrxml)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load compiled template " + TEMPLATES + name, e);
        }
    }

    /**
     * Renders the digest.
     *
     * @param model   the model, not null
     * @param locale  the language: Russian for {@code ru}, English otherwise; not null
     * @param out     where the PDF goes, not null; not closed
     * @throws ReportException if filling or exporting fails
     */
    public void render(CaseDigestModel model, Locale locale, OutputStream out) {
        Check.nonNull(model, "model");
        Check.nonNull(out, "out");
        DigestTexts texts = new DigestTexts(Locale.forLanguageTag(language(locale)));
        ReportMetadata metadata = model.metadata();
        Locale language = texts.locale();
        String region = model.state() == null ? metadata.region().name(language)
                : texts.t("digest.scope.state", metadata.region().name(language), model.state().name(language));
        String title = texts.t("digest.title", region, metadata.fromYear(), metadata.toYear());
        String marking = metadata.classification().marking(language);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, language);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(metadata.generatedAt().getZone()));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
        parameters.put("REPORT_TITLE", title);
        parameters.put("HEADER_TITLE", texts.t("digest.header", region, metadata.fromYear(), metadata.toYear()));
        parameters.put("MARKING", marking);
        parameters.put("SYNTHETIC", metadata.synthetic());
        parameters.put("SYNTHETIC_TEXT", texts.t("synthetic.banner"));
        parameters.put("GENERATED_TEXT", texts.t("footer.generated", texts.dateTime(metadata.generatedAt())));
        parameters.put("DATA_AS_OF_TEXT", texts.t("footer.asof", texts.date(metadata.dataAsOf())));
        parameters.put("PAGE_PATTERN", texts.t("footer.page"));
        parameters.put("COVER_LEAD", texts.t("cover.lead"));
        parameters.put("COVER_TEXT", CaseDigestDocument.coverText(metadata, texts));
        parameters.put("COVER_DISTRIBUTION", texts.t("cover.distribution"));
        parameters.put("COVER_PERSONS", texts.t("cover.persons"));
        parameters.put("COVER_OVERVIEW", CaseDigestDocument.overview(model, texts));
        parameters.put("CASES_REPORT", cases);
        parameters.put("MATCHES_REPORT", matches);
        parameters.put("TRACING_REPORT", tracing);
        parameters.put("SDG_REPORT", sdg);
        try {
            JasperPrint print = JasperFillManager.fillReport(frame, parameters,
                    new JRMapCollectionDataSource(CaseDigestDocument.blocks(model, texts)));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            configuration.setTagLanguage(language.getLanguage());
            configuration.setMetadataTitle(title);
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataSubject(marking + ". " + texts.t("digest.subject", region));
            configuration.setMetadataAuthor(texts.t("metadata.author"));
            configuration.setMetadataCreator("SALW Monitor");
            configuration.setMetadataKeywords(texts.t("digest.keywords")
                    + (metadata.synthetic() ? ", " + texts.t("metadata.synthetic") : ""));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("cannot render the case digest in " + language, e);
        }
    }

    /**
     * Renders the digest to a file, replacing it if it exists.
     *
     * @param model   the model, not null
     * @param locale  the language, not null
     * @param pdf     the PDF file to write, not null
     * @throws ReportException if filling or exporting fails
     * @throws UncheckedIOException if the file cannot be written
     */
    public void render(CaseDigestModel model, Locale locale, Path pdf) {
        Check.nonNull(pdf, "pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            render(model, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }

    private static String language(Locale locale) {
        return "ru".equals(Check.nonNull(locale, "locale").getLanguage()) ? "ru" : "en";
    }
}
