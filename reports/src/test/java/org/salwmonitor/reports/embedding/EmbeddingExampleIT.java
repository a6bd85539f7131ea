package org.salwmonitor.reports.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.trend.AnnualSeries;
import org.salwmonitor.core.trend.TrendAnalyzer;
import org.salwmonitor.core.trend.TrendResult;
import org.salwmonitor.reports.Classification;
import org.salwmonitor.reports.KeyIndicator;
import org.salwmonitor.reports.ReportMetadata;
import org.salwmonitor.reports.ReportRenderer;
import org.salwmonitor.reports.SeriesBrief;

/**
 * Runs the "Embed the library" example of the root README exactly as printed there (the test fails when
 * the README's code block and {@link #example} differ), using only the public API of core-model and
 * reports, as another Java system would: build a series, analyse it, render a one-page report.
 */
class EmbeddingExampleIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "org", "salwmonitor", "reports",
            "embedding", "EmbeddingExampleIT.java");

    @TempDir
    Path dir;

    static void example(Path pdf) throws IOException {
        // README:begin
        // Build a series: yearly firearms seized in Kyrgyzstan (synthetic figures, not official).
        AnnualSeries series = AnnualSeries.of(
                new int[] {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023},
                new double[] {212, 198, 240, 251, 263, 249, 288, 301});

        // Analyse it: least squares, Mann-Kendall, Theil-Sen, change, verdict.
        TrendResult trend = TrendAnalyzer.defaults().analyze(series);
        System.out.println(trend.summary("Firearms seized in Kyrgyzstan", Locale.ENGLISH));

        // Render a one-page report in Russian (true: synthetic data, so every page says so).
        ReportMetadata metadata = new ReportMetadata(Region.centralAsia(), 2016, 2023, Classification.PUBLIC,
                ZonedDateTime.now(ZoneOffset.UTC), LocalDate.of(2024, 3, 31), true, List.of());
        KeyIndicator seized = KeyIndicator.defaults().get(0); // firearms seized
        SeriesBrief brief = new SeriesBrief(metadata, Country.of("KG"), seized, trend, SuppressionPolicy.defaults());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ReportRenderer.create().renderBrief(brief, Locale.forLanguageTag("ru"), out);
        }
        // README:end
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        // given
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Embed the library"));
        String block = section.substring(section.indexOf("```java\n") + "```java\n".length());
        block = block.substring(0, block.indexOf("```"));

        // when
        String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("// README:end"));

        // then
        assertThat(normalised(block)).isEqualTo(normalised(body));
    }

    @Test
    void theExampleAnalysesTheSeriesAndRendersOneRussianPage() throws IOException {
        // given
        Path pdf = dir.resolve("brief-ru.pdf");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            example(pdf);
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("Firearms seized in Kyrgyzstan rose by about")
                .contains("Mann–Kendall p =");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Кыргызстан").contains("Тренд").contains("Значения по годам")
                    .contains("301").contains("ПУБЛИЧНО");
            assertThat(document.getDocumentInformation().getTitle()).contains("Кыргызстан").contains("2016");
        }
    }

    /** The lines without their common indentation and trailing blanks. */
    private static String normalised(String code) {
        List<String> lines = Arrays.stream(code.split("\n", -1)).map(String::stripTrailing).toList();
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n")).strip();
    }
}
