package org.salwmonitor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.compliance.ComplianceReport;
import org.salwmonitor.core.compliance.ReportingRates;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.trend.AnnualSeries;
import org.salwmonitor.core.trend.TrendAnalyzer;
import org.salwmonitor.core.trend.TrendResult;
import org.salwmonitor.core.trend.YearValue;

/**
 * Fills every report template in English and Russian from the synthetic sample dataset, with a fixed
 * locale and time zone, and checks the PDFs through their extracted text and structure (never bytes).
 */
class ReportRendererIT {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static Locale defaultLocale;
    private static TimeZone defaultZone;

    private static List<Observation> observations;
    private static TrendReportModel trend;
    private static ComplianceReportModel compliance;
    private static final Map<String, byte[]> PDF = new TreeMap<>();
    private static final Map<String, String> CSV = new TreeMap<>();

    @BeforeAll
    static void renderPack() {
        // A JVM default unlike either report language shows that the reports do not depend on it.
        defaultLocale = Locale.getDefault();
        defaultZone = TimeZone.getDefault();
        Locale.setDefault(Locale.GERMANY);
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Almaty"));
        observations = SampleInputs.observations();
        trend = SampleInputs.trendModel();
        compliance = SampleInputs.complianceModel();
        ReportRenderer renderer = ReportRenderer.create();
        for (Locale locale : List.of(Locale.ENGLISH, RU)) {
            String language = locale.getLanguage();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.renderTrend(trend, locale, pdf);
            PDF.put("trend-" + language, pdf.toByteArray());
            pdf = new ByteArrayOutputStream();
            renderer.renderCompliance(compliance, locale, pdf);
            PDF.put("compliance-" + language, pdf.toByteArray());
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            renderer.writeTrendData(trend, locale, csv);
            CSV.put("trend-" + language, csv.toString(StandardCharsets.UTF_8));
            csv = new ByteArrayOutputStream();
            renderer.writeComplianceData(compliance, locale, csv);
            CSV.put("compliance-" + language, csv.toString(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void restoreDefaults() {
        Locale.setDefault(defaultLocale);
        TimeZone.setDefault(defaultZone);
    }

    @Nested
    class Figures {

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void trendBlockOfKazakhstanEqualsTheAnalytics(String language) throws IOException {
            // given: the series analysed independently of the report model
            Locale locale = Locale.forLanguageTag(language);
            TrendResult expected = TrendAnalyzer.defaults().analyze(seriesOf("KZ", "ITEMS.SEIZED.FIREARM._T._T"));
            String text = text(PDF.get("trend-" + language));

            // when: the row of Kazakhstan in the trend table of firearms seized
            String row = lineStartingWith(text, Country.of("KZ").name(locale));

            // then
            assertThat(row).contains(decimal(expected.leastSquares().orElseThrow().slope(), 1, locale))
                    .contains(decimal(expected.leastSquares().orElseThrow().slopeConfidenceHalfWidth().getAsDouble(),
                            1, locale))
                    .contains(decimal(expected.theilSen().orElseThrow().slope(), 1, locale))
                    .contains(decimal(expected.mannKendall().orElseThrow().tauB().getAsDouble(), 2, locale))
                    .contains(expected.mannKendall().orElseThrow().method().label(locale))
                    .contains(expected.verdict().label(locale));
            assertThat(CSV.get("trend-" + language)).contains(
                    "," + Country.of("KZ").name(locale) + ",",
                    "," + Texts.plain(expected.theilSen().orElseThrow().slope(), 1) + ",A");
        }

        @Test
        void summarySentencesAreTheAnalyticsSentencesMostImportantFirst() throws IOException {
            // given
            String text = flat(text(PDF.get("trend-en")));
            TrendReportModel.Finding first = trend.findings().get(0);

            // then: the first sentence is the core model's own sentence, and it is a significant trend
            assertThat(first.significant()).isTrue();
            assertThat(text).contains(flat(first.result().summary(
                    first.indicator().nameEn() + " in " + first.country().nameEn(), Locale.ENGLISH)));
        }

        @Test
        void regionalSdgIsThePooledRate() throws IOException {
            // given
            Sdg1642RegionalRate expected = Sdg1642RegionalRate.pool(Region.centralAsia(), 2024,
                    Sdg1642.fromObservations(observations));

            // then
            assertThat(flat(text(PDF.get("trend-en")))).contains(
                    "SDG 16.4.2 for Central Asia: in 2024 the illicit origin of "
                            + decimal(expected.percent().getAsDouble(), 1, Locale.ENGLISH) + "%");
        }

        @Test
        void regionalReportingRatesAreTheComplianceResults() throws IOException {
            // given: compliance assessed independently with the reference participation
            List<Participation> participations = new ArrayList<>();
            for (Country member : Region.centralAsia().members()) {
                for (Instrument instrument : Instrument.all()) {
                    participations.add(Participation.reference(member, instrument));
                }
            }
            ReportingRates rates = ComplianceReport.assess(participations, ReportingObligation.all(),
                    SampleInputs.submissions(), 2014, 2024, SampleInputs.AS_OF).rates(Region.centralAsia());

            // then
            assertThat(flat(text(PDF.get("compliance-en")))).contains("of " + rates.expected() + " reports due, "
                    + rates.submitted() + " were submitted and " + rates.onTime() + " on time");
        }
    }

    @Nested
    class Languages {

        @Test
        void russianReportsHaveRussianLabelsAndCountryNames() throws IOException {
            String trendText = text(PDF.get("trend-ru"));
            String complianceText = text(PDF.get("compliance-ru"));

            assertThat(trendText).contains("Краткое изложение", "Казахстан", "Кыргызстан", "Таджикистан",
                    "Туркменистан", "Узбекистан", "Изъятие огнестрельного оружия", "Приложение: методы",
                    "Страница 1 из");
            assertThat(complianceText).contains("Международные документы и государства", "участник",
                    "Обязательства по отчётности по циклам", "Полнота данных", "ПУБЛИЧНО");
            assertThat(trendText).doesNotContain("Executive summary", "Kazakhstan");
        }

        @Test
        void englishReportsHaveNoCyrillic() throws IOException {
            assertThat(text(PDF.get("trend-en"))).doesNotContainPattern("[\\u0400-\\u04FF]");
            assertThat(text(PDF.get("compliance-en"))).doesNotContainPattern("[\\u0400-\\u04FF]");
        }
    }

    @Nested
    class EveryPage {

        @ParameterizedTest
        @ValueSource(strings = {"trend-en", "trend-ru", "compliance-en", "compliance-ru"})
        void saysSyntheticAndPageXOfYAndTheMarking(String name) throws IOException {
            boolean russian = name.endsWith("ru");
            try (PDDocument document = Loader.loadPDF(PDF.get(name))) {
                int pages = document.getNumberOfPages();
                assertThat(pages).isGreaterThan(2);
                for (int page = 1; page <= pages; page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(document);
                    assertThat(text).as("page %d of %s", page, name)
                            .contains(russian ? "СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ" : "SYNTHETIC SAMPLE DATA")
                            .contains(russian ? "Страница " + page + " из " + pages : "Page " + page + " of " + pages)
                            .contains(russian ? "ПУБЛИЧНО" : "PUBLIC")
                            .contains(russian ? "Данные по состоянию на 1 мар. 2025 г." : "Data as of Mar 1, 2025");
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"trend-en", "trend-ru", "compliance-en", "compliance-ru"})
        void embedsEveryFont(String name) throws IOException {
            try (PDDocument document = Loader.loadPDF(PDF.get(name))) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName fontName : resources.getFontNames()) {
                        PDFont font = resources.getFont(fontName);
                        assertThat(font.isEmbedded()).as("font %s in %s", font.getName(), name).isTrue();
                        fonts.add(font.getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("DejaVu"));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"trend-en", "trend-ru", "compliance-en", "compliance-ru"})
        void hasMetadataLanguageAndTags(String name) throws IOException {
            try (PDDocument document = Loader.loadPDF(PDF.get(name))) {
                var info = document.getDocumentInformation();
                assertThat(info.getTitle()).contains(name.endsWith("ru") ? "Центральная Азия" : "Central Asia");
                assertThat(info.getSubject()).isNotBlank();
                assertThat(info.getAuthor()).isEqualTo("SALW Monitor");
                assertThat(info.getCreationDate()).isNotNull();
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(name.substring(name.length() - 2));
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            }
        }
    }

    @Nested
    class Disclosure {

        @Test
        void noPublishedCountIsBelowTheThreshold() {
            int threshold = trend.policy().threshold();
            List<PublishedTable> tables = new ArrayList<>();
            trend.indicators().forEach(section -> tables.add(section.values()));
            trend.countries().forEach(profile -> {
                profile.weaponTypes().ifPresent(tables::add);
                tables.add(profile.sdgCounts());
            });
            tables.addAll(compliance.sdgCounts());

            assertThat(tables).allSatisfy(table -> assertThat(table.publishedValues())
                    .noneMatch(value -> value > 0 && value < threshold));
            assertThat(tables).anyMatch(PublishedTable::hasSuppressed);
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void noPublishedCountInTheCsvIsBelowTheThreshold(String language) {
            // given: the count tables of the CSV (values by country and year, weapon types, SDG counts)
            List<String[]> rows = csvRows(CSV.get("trend-" + language));
            String values = language.equals("ru") ? "значения по странам и годам" : "values by country and year";
            String types = language.equals("ru") ? "по типам" : "by type";
            String sdg = language.equals("ru") ? "ЦУР 16.4.2, оружие" : "SDG 16.4.2, arms";

            // when
            List<String[]> counts = rows.stream().filter(row -> row[0].contains(values) || row[0].contains(types)
                    || (row[0].contains(sdg) && !row[2].equals("SDG 16.4.2") && !row[2].equals("ЦУР 16.4.2"))).toList();

            // then
            assertThat(counts).isNotEmpty();
            assertThat(counts).filteredOn(row -> row[4].equals("A"))
                    .allSatisfy(row -> assertThat(Long.parseLong(row[3])).satisfiesAnyOf(
                            v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(3)));
            assertThat(counts).anyMatch(row -> row[4].equals("c") && row[3].isEmpty());
        }

        @Test
        void suppressedCellsShowCWithAFootnote() throws IOException {
            String text = text(PDF.get("trend-en"));
            assertThat(text).contains("c: suppressed by disclosure control");
            assertThat(text).containsPattern("(?m)(^| )c( |$)");
        }
    }

    private static AnnualSeries seriesOf(String country, String key) {
        SortedMap<Integer, Long> values = new TreeMap<>();
        for (Observation observation : observations) {
            if (observation.key().area().alpha2().equals(country)
                    && (observation.key().indicator() + "." + observation.key().dimensions()).equals(key)
                    && !observation.isMissing()) {
                values.put(observation.period().year(), observation.value().asLong().getAsLong());
            }
        }
        return AnnualSeries.of(values.entrySet().stream().map(e -> YearValue.of(e.getKey(), e.getValue())).toList());
    }

    static String decimal(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return normalise(format.format(value));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(document));
        }
    }

    /** Non-breaking and narrow spaces (Russian digit grouping) as plain spaces. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String lineStartingWith(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    static List<String[]> csvRows(String csv) {
        return csv.lines().skip(1).map(SampleInputs::split).toList();
    }
}
