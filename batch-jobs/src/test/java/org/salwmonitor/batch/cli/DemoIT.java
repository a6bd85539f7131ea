package org.salwmonitor.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.sampledata.SampleData;

/**
 * {@code ./salw demo} as a new user runs it: the launcher script at the repository root, a fresh home
 * (so a fresh embedded PostgreSQL), run twice. Checks what it prints and the PDFs it writes, with
 * headline figures computed here from the sample file itself, independently of the application.
 */
class DemoIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern COUNTS = Pattern.compile(
            "read (\\d+), imported (\\d+), updated (\\d+), unchanged (\\d+), deleted (\\d+), rejected (\\d+)");
    private static final List<String> PACK = List.of("trend-report-en", "compliance-report-en", "trend-report-ru",
            "compliance-report-ru");

    /** The locale a cron job or a systemd service gets unless told otherwise. */
    private static final Map<String, String> POSIX_LOCALE = Map.of("LANG", "C");

    record Run(int exitCode, String stdout) {
    }

    @Test
    void demoLoadsTheSampleDataWritesThePackAndReportsUnchangedTheSecondTime() throws Exception {
        // given: a new home and output folder under target/
        Path work = Path.of("target", "demo-it", UUID.randomUUID().toString()).toAbsolutePath();
        Path out = work.resolve("salw-out");

        // when: the second time in the POSIX locale of cron and systemd
        Run first = salw(work, Map.of(), "demo", "--out", out.toString());
        Run second = salw(work, POSIX_LOCALE, "demo", "--out", out.toString());

        // then: both succeed; the first imports, the second finds every row unchanged
        assertThat(first.exitCode()).as(first.stdout()).isZero();
        assertThat(second.exitCode()).as(second.stdout()).isZero();
        assertThat(first.stdout()).contains("SYNTHETIC").contains(out.toString());
        List<long[]> firstCounts = counts(first.stdout());
        List<long[]> secondCounts = counts(second.stdout());
        assertThat(firstCounts).isNotEmpty().hasSameSizeAs(secondCounts);
        assertThat(firstCounts).allSatisfy(c -> assertThat(c[5]).as("rejected").isZero());
        assertThat(firstCounts.stream().mapToLong(c -> c[1]).sum()).as("imported on the first run").isPositive();
        for (int i = 0; i < secondCounts.size(); i++) {
            long[] c = secondCounts.get(i);
            assertThat(c[1] + c[2] + c[4]).as("imported + updated + deleted on the second run").isZero();
            assertThat(c[3]).as("unchanged on the second run").isEqualTo(firstCounts.get(i)[0]);
        }

        // and the pack: four PDFs that open, say they are synthetic on every page, with their CSVs
        for (String name : PACK) {
            assertThat(out.resolve(name + ".csv")).isNotEmptyFile();
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).as(name + " pages").isGreaterThanOrEqualTo(3);
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    assertThat(pageText(pdf, page)).as(name + " page " + page)
                            .containsAnyOf("SYNTHETIC SAMPLE DATA", "СИНТЕТИЧЕСКИЕ");
                }
            }
        }
        // headline figures: firearms seized in 2024 per country, from the sample file, in both languages
        Map<String, Long> seized2024 = seizedFirearms2024();
        String trendEn = text(out.resolve("trend-report-en.pdf"));
        String trendRu = text(out.resolve("trend-report-ru.pdf"));
        assertThat(seized2024).hasSizeGreaterThanOrEqualTo(3);
        seized2024.forEach((area, value) -> assertThat(trendEn)
                .contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value)));
        for (Country country : Region.centralAsia().members()) {
            assertThat(trendEn).contains(country.name(Locale.ENGLISH));
            assertThat(trendRu).contains(country.name(Locale.forLanguageTag("ru")));
        }
        // the public pack holds no restricted material
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.contains("digest") || name.contains("restricted"));
        }
    }

    @Test
    void aFileWithACyrillicNameIsReadAndNamedIntactUnderThePosixLocale() throws Exception {
        // given: a focal point's file named in Russian, and a shell without a UTF-8 locale (cron, systemd)
        Path work = Path.of("target", "demo-it", UUID.randomUUID().toString()).toAbsolutePath();
        Path file = Files.createDirectories(work.resolve("входящие")).resolve("статистика-2024.csv");
        try (InputStream sample = SampleData.open(SampleData.STATISTICS)) {
            Files.copy(sample, file);
        }
        // when
        Run run = salw(work, POSIX_LOCALE, "import", "statistics", "--dry-run", file.toString());
        // then: found, read and named as it is, nothing replaced by '?'
        assertThat(run.exitCode()).as(run.stdout()).isZero();
        assertThat(run.stdout()).contains("статистика-2024.csv").doesNotContain("?????");
    }

    /** The sum over weapon types of firearms seized in 2024, per country, read from the sample file. */
    private static Map<String, Long> seizedFirearms2024() throws IOException {
        Map<String, Long> sums = new java.util.TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(SampleData.open(SampleData.STATISTICS),
                StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split(","));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f[header.indexOf("TIME_PERIOD")].equals("2024") && f[header.indexOf("INDICATOR")].equals("ITEMS")
                        && f[header.indexOf("EVENT")].equals("SEIZED") && f[header.indexOf("ITEM_CLASS")].equals("FIREARM")
                        && !f[header.indexOf("WEAPON_TYPE")].equals("_T") && f[header.indexOf("CONTEXT")].equals("_T")
                        && !f[header.indexOf("OBS_VALUE")].isEmpty()) {
                    sums.merge(f[header.indexOf("REF_AREA")], Long.parseLong(f[header.indexOf("OBS_VALUE")]), Long::sum);
                }
            }
        }
        return sums;
    }

    private static List<long[]> counts(String stdout) {
        Matcher matcher = COUNTS.matcher(stdout);
        List<long[]> counts = new java.util.ArrayList<>();
        while (matcher.find()) {
            long[] c = new long[6];
            for (int i = 0; i < 6; i++) {
                c[i] = Long.parseLong(matcher.group(i + 1));
            }
            counts.add(c);
        }
        return counts;
    }

    /** Runs the launcher as a user would, against a fresh embedded database in {@code work}. */
    private static Run salw(Path work, Map<String, String> environment, String... args) throws Exception {
        Files.createDirectories(work);
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("salw").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SALW_DB_"));
        builder.environment().put("SALW_HOME", work.resolve("home").toString());
        if (environment.containsKey("LANG")) {
            builder.environment().keySet().removeIf(name -> name.startsWith("LC_"));
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(text).as("the launcher must find the application built by this build")
                .doesNotContain("salw: building the application");
        return new Run(process.exitValue(), text);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
