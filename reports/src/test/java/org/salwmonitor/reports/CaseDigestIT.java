package org.salwmonitor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
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
import org.salwmonitor.core.casefile.AgeBand;
import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CaseEvent;
import org.salwmonitor.core.casefile.CaseStage;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.ItemLine;
import org.salwmonitor.core.casefile.LegalJustification;
import org.salwmonitor.core.casefile.OffenceReference;
import org.salwmonitor.core.casefile.Person;
import org.salwmonitor.core.casefile.PersonRole;
import org.salwmonitor.core.casefile.Place;
import org.salwmonitor.core.casefile.Pseudonym;
import org.salwmonitor.core.casefile.Route;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.weapon.Calibre;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.digest.CaseDigestModel;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchRecord;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchSet;
import org.salwmonitor.reports.digest.CaseDigestModel.SdgReconciliation;
import org.salwmonitor.reports.digest.CaseDigestModel.TracingByState;
import org.salwmonitor.reports.digest.CaseDigestRenderer;

/**
 * Fills the restricted case digest in English and Russian from the synthetic case records, with a fixed
 * locale and time zone, and checks the PDFs through their extracted text and structure (never bytes): the
 * marking on every page, figures of the model, the languages, fonts and metadata, and that no person data
 * reaches the PDF even when it is planted in the inputs.
 */
class CaseDigestIT {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String MARKING_EN = "RESTRICTED — law enforcement use only";
    private static final String MARKING_RU = "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ — только для правоохранительных органов";

    /** A person's name, planted where a careless input could put it: offence text, make, model, serial. */
    private static final String CANARY_NAME = "Canaryeva Aigul";
    private static final String CANARY_PSEUDONYM = "P-c0ffee00c0ffee00";
    private static final String CANARY_SERIAL = "AIGUL 7734";

    private static Locale defaultLocale;
    private static TimeZone defaultZone;
    private static CaseDigestModel model;
    private static CaseSummary canaryCase;
    private static final Map<String, byte[]> PDF = new TreeMap<>();

    @BeforeAll
    static void renderDigest() {
        // A JVM default unlike either language shows that the digest does not depend on it.
        defaultLocale = Locale.getDefault();
        defaultZone = TimeZone.getDefault();
        Locale.setDefault(Locale.GERMANY);
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Almaty"));
        canaryCase = CaseSummary.of(canaryEvent(), true);
        model = DigestSampleInputs.model(List.of(canaryCase));
        CaseDigestRenderer renderer = CaseDigestRenderer.create();
        for (Locale locale : List.of(Locale.ENGLISH, RU)) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.render(model, locale, pdf);
            PDF.put(locale.getLanguage(), pdf.toByteArray());
        }
    }

    @AfterAll
    static void restoreDefaults() {
        Locale.setDefault(defaultLocale);
        TimeZone.setDefault(defaultZone);
    }

    /** An event of the core model with a name planted in every free-text field that the digest must not print. */
    private static CaseEvent canaryEvent() {
        FirearmIdentification identification = new FirearmIdentification(CANARY_NAME, CANARY_NAME + " model",
                Calibre.parse("7.62x39"), WeaponType.ASSAULT_RIFLE, SerialNumber.of(CANARY_SERIAL), Country.of("RU"),
                null, false, false, false, 1987);
        return new CaseEvent("CANARY-0001", EventType.SEIZED, LocalDate.of(2023, 5, 17),
                Place.of(Country.of("KG"), "Osh"), AgencyType.SECURITY_SERVICE, LegalJustification.ILLICIT_TRAFFICKING,
                Set.of(CriminalContext.TERRORISM, CriminalContext.DRUG_TRAFFICKING),
                List.of(ItemLine.firearm(1, identification), ItemLine.firearms(2, 3, WeaponType.PISTOL_OR_REVOLVER),
                        ItemLine.ammunition(3, 450, Calibre.parse("7.62x39"))),
                Route.of(Country.of("AF"), Country.of("TJ"), List.of(), Country.of("KG")),
                List.of(new Person(Pseudonym.of(CANARY_PSEUDONYM), PersonRole.SUSPECT, Country.of("KG"),
                                AgeBand.UNKNOWN),
                        new Person(Pseudonym.of("P-0123456789abcdef"), PersonRole.SUSPECT, null, AgeBand.UNKNOWN)),
                List.of(new OffenceReference(Country.of("KG"), CANARY_NAME + " 263", null)),
                CaseStage.INVESTIGATION);
    }

    @Nested
    class EveryPage {

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void carriesTheMarkingInHeaderAndFooterWithPageXOfYAndTheNotices(String language) throws IOException {
            boolean russian = language.equals("ru");
            String marking = russian ? MARKING_RU : MARKING_EN;
            try (PDDocument document = Loader.loadPDF(PDF.get(language))) {
                int pages = document.getNumberOfPages();
                assertThat(pages).as("the sample cases span several pages").isGreaterThan(4);
                for (int page = 1; page <= pages; page++) {
                    String text = pageText(document, page);
                    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                    assertThat(lines.get(0)).as("first line of page %d", page).isEqualTo(marking);
                    assertThat(lines.get(lines.size() - 1)).as("last line of page %d", page).contains(marking);
                    assertThat(text).as("page %d of %s", page, language)
                            .contains(russian ? "СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ" : "SYNTHETIC SAMPLE DATA")
                            .contains(russian ? "Страница " + page + " из " + pages : "Page " + page + " of " + pages)
                            .contains(russian ? "Сформирован 14 мар. 2025 г. 09:30 UTC" : "Generated Mar 14, 2025 09:30 UTC")
                            .contains(russian ? "Данные по состоянию на 1 мар. 2025 г." : "Data as of Mar 1, 2025");
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void embedsEveryFont(String language) throws IOException {
            try (PDDocument document = Loader.loadPDF(PDF.get(language))) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName fontName : resources.getFontNames()) {
                        PDFont font = resources.getFont(fontName);
                        assertThat(font.isEmbedded()).as("font %s in %s", font.getName(), language).isTrue();
                        fonts.add(font.getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("DejaVu"));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void hasMetadataLanguageAndTags(String language) throws IOException {
            try (PDDocument document = Loader.loadPDF(PDF.get(language))) {
                PDDocumentInformation info = document.getDocumentInformation();
                assertThat(info.getTitle()).isEqualTo(language.equals("ru")
                        ? "Сводка по делам ограниченного распространения: Центральная Азия, 2014–2024"
                        : "Restricted case digest: Central Asia, 2014–2024");
                assertThat(info.getSubject()).startsWith(language.equals("ru") ? MARKING_RU : MARKING_EN);
                assertThat(info.getAuthor()).isEqualTo("SALW Monitor");
                assertThat(info.getKeywords()).contains(language.equals("ru") ? "синтетические" : "synthetic");
                assertThat(info.getCreationDate()).isNotNull();
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            }
        }
    }

    @Nested
    class Figures {

        @Test
        void everyCaseIsSummarisedWithItsPersonsCounted() throws IOException {
            String text = flat(text("en"));

            assertThat(model.cases()).hasSizeGreaterThan(150);
            for (CaseSummary summary : model.cases()) {
                assertThat(text).as("case %s", summary.eventId()).contains(summary.eventId());
            }
            // the planted case, as printed: route, contexts, stage, items, and two persons as a number
            assertThat(text).contains("CANARY-0001 May 17, 2023", "Osh seized; security service illicit trafficking",
                    "Afghanistan → Tajikistan → Kyrgyzstan", "terrorism, drug trafficking", "investigation",
                    "Firearms: 4 (pistols and revolvers 3, assault rifles 1)",
                    "Serial legible: 1, obliterated: 0, not recorded: 3", "Rounds: 450");
            assertThat(text).containsPattern("Rounds: 450 2( |$)");
        }

        @Test
        void everyMatchSetListsItsRecordsWithSerialsAsWritten() throws IOException {
            String text = flat(text("en"));

            assertThat(model.matchSets()).hasSize(30);
            for (MatchSet set : model.matchSets()) {
                assertThat(text).contains(set.setId() + " – ");
                for (MatchRecord record : set.records()) {
                    assertThat(text).as("record %s of %s", record.recordId(), set.setId())
                            .contains(record.recordId()).contains(record.serial());
                }
            }
            // SET001: a Cyrillic serial and a Latin one, the same key
            assertThat(text).contains("SET001 – same key after normalisation – records: 2; states: Tajikistan, Uzbekistan",
                    "АК-91.1317", "AK 911317");
        }

        @Test
        void tracingRowsAreTheCountsAndMedianOfEachRequestedState() throws IOException {
            String text = flat(text("en"));
            TracingByState russia = model.tracing().stream()
                    .filter(row -> row.requestedState().equals(Country.of("RU"))).findFirst().orElseThrow();

            assertThat(text).contains("Russian Federation " + russia.sent() + " " + russia.answered() + " "
                    + russia.originEstablished() + " " + russia.pending() + " " + russia.noResponse() + " "
                    + upToOneDecimal(russia.medianResponseDays().getAsDouble()));
            long sent = model.tracing().stream().mapToLong(TracingByState::sent).sum();
            assertThat(sent).isEqualTo(DigestSampleInputs.TRACING.size());
            assertThat(text).containsPattern("All requested states " + sent + " \\d+ \\d+ \\d+ \\d+ –");
        }

        @Test
        void sdgReconciliationListsEveryStateYearWithItsDifference() throws IOException {
            String text = flat(text("en"));
            SdgReconciliation kz2020 = model.sdg().stream()
                    .filter(row -> row.state().alpha2().equals("KZ") && row.year() == 2020).findFirst().orElseThrow();

            assertThat(model.sdg()).hasSize(Region.centralAsia().members().size() * 11);
            String records = kz2020.fromRecords().numerator().getAsLong() + " "
                    + kz2020.fromRecords().denominator().getAsLong() + " "
                    + ReportRendererIT.decimal(kz2020.fromRecords().percent().getAsDouble(), 1, Locale.ENGLISH) + "%";
            assertThat(text).contains("Kazakhstan 2020 " + records);
            double difference = kz2020.differencePoints().orElseThrow();
            assertThat(text).contains((difference > 0 ? "+" : "−")
                    + ReportRendererIT.decimal(Math.abs(difference), 1, Locale.ENGLISH));
        }
    }

    @Nested
    class Languages {

        @Test
        void russianDigestHasRussianLabelsCountryNamesAndDates() throws IOException {
            String text = flat(text("ru"));

            assertThat(text).contains("1. Сведения о делах", "2. Трансграничные совпадения",
                    "3. Запросы об отслеживании по запрашиваемым государствам",
                    "4. ЦУР 16.4.2: учётные данные и национальная статистика", "Кому может быть передана",
                    "Казахстан", "Кыргызстан", "Таджикистан", "Туркменистан", "Узбекистан", "Российская Федерация",
                    "Афганистан → Таджикистан → Кыргызстан", "терроризм, незаконный оборот наркотиков",
                    "расследование", "CANARY-0001 17 мая 2023 г.", "Огнестрельное оружие: 4",
                    "одинаковый ключ после нормализации", "Медиана дней до ответа");
            assertThat(text).doesNotContain("Case summaries", "Kazakhstan", "Page 1 of");
        }

        @Test
        void englishDigestHasNoCyrillicButTheSerialsAndMakesAsWritten() throws IOException {
            // Cyrillic may appear only where a state wrote it: serials, makes, models, calibres and places.
            List<String> asWritten = new ArrayList<>();
            model.matchSets().forEach(set -> set.records().forEach(record -> {
                asWritten.add(record.serial());
                asWritten.add(String.valueOf(record.make()));
                asWritten.add(String.valueOf(record.model()));
                asWritten.add(String.valueOf(record.calibre()));
                asWritten.add(String.valueOf(record.place()));
            }));
            model.cases().forEach(summary -> asWritten.add(String.valueOf(summary.place())));
            String text = flat(text("en"));
            for (String value : asWritten.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                text = text.replace(value, "");
            }

            assertThat(text).doesNotContainPattern("[\\u0400-\\u04FF]");
        }
    }

    @Nested
    class NoPersonData {

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void noPlantedNamePseudonymOrSerialOfACaseReachesThePdf(String language) throws IOException {
            String text = text(language);
            String flat = flat(text);

            // the case is there, its persons as a number only
            assertThat(flat).contains("CANARY-0001");
            assertThat(canaryCase.persons()).isEqualTo(2);
            for (String canary : List.of(CANARY_NAME, "Canaryeva", "Aigul", CANARY_PSEUDONYM, CANARY_SERIAL, "c0ffee")) {
                assertThat(flat).as("canary %s", canary).doesNotContainIgnoringCase(canary);
                assertThat(metadataOf(language)).as("canary %s in metadata", canary).doesNotContainIgnoringCase(canary);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ru"})
        void noPersonReferenceOfTheSourceFilesReachesThePdf(String language) throws IOException {
            // given: the source systems' person numbers of every event in the digest (e.g. KZ-POL-P902684)
            String text = text(language);
            List<String> references = new ArrayList<>();
            for (CaseSummary summary : model.cases()) {
                String[] event = DigestSampleInputs.EVENTS.get(summary.eventId());
                if (event != null && !event[9].isEmpty()) {
                    references.addAll(List.of(event[9].split("\\|")));
                }
            }

            // then
            assertThat(references).hasSizeGreaterThan(100);
            assertThat(references).noneMatch(text::contains);
            assertThat(text).doesNotContainPattern("[A-Z]{2}-[A-Z]{3}-P[0-9]{6}").doesNotContain("P-0123456789abcdef");
        }
    }

    @Test
    void writesAFileNamedForItsLanguage(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path pdf = folder.resolve(CaseDigestRenderer.fileName(RU));

        CaseDigestRenderer.create().render(model, RU, pdf);

        assertThat(pdf.getFileName().toString()).isEqualTo("case-digest-ru.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(4);
        }
    }

    private static String upToOneDecimal(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String metadataOf(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.get(language))) {
            PDDocumentInformation info = document.getDocumentInformation();
            return String.join("|", String.valueOf(info.getTitle()), String.valueOf(info.getSubject()),
                    String.valueOf(info.getKeywords()), String.valueOf(info.getAuthor()),
                    String.valueOf(info.getCreator()));
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return ReportRendererIT.normalise(stripper.getText(document));
    }

    private static String text(String language) throws IOException {
        return ReportRendererIT.text(PDF.get(language));
    }

    private static String flat(String text) {
        return ReportRendererIT.flat(text);
    }
}
