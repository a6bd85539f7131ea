package org.salwmonitor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void everyTemplateCompiles() throws IOException, JRException {
        // given
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/salwmonitor/reports/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }

        // then
        assertThat(templates).extracting(template -> template.getFileName().toString()).contains(
                "trend-report.jrxml", "compliance-report.jrxml", "table-wide.jrxml", "table-7.jrxml", "table-10.jrxml",
                "table-medium.jrxml", "table-narrow.jrxml", "table-trend.jrxml");
        for (Path template : templates) {
            JasperReport report = JasperCompileManager.compileReport(template.toString());
            assertThat(report.getName()).isEqualTo(template.getFileName().toString().replace(".jrxml", ""));
        }
    }

    @Test
    void russianBundleHasEveryKeyOfTheEnglishOne() throws IOException {
        // given: the two files themselves (the Russian bundle's parent is the English one)
        java.util.Properties english = new java.util.Properties();
        java.util.Properties russian = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("messages.properties");
                var ru = getClass().getResourceAsStream("messages_ru.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            russian.load(new java.io.InputStreamReader(ru, java.nio.charset.StandardCharsets.UTF_8));
        }

        // then
        assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(new Texts(java.util.Locale.forLanguageTag("ru")).t("footer.page")).isEqualTo("Страница {0} из {1}");
        assertThat(new Texts(java.util.Locale.ENGLISH).t("footer.page")).isEqualTo("Page {0} of {1}");
    }
}
