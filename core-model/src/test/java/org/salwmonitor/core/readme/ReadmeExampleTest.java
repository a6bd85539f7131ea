package org.salwmonitor.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.trend.AnnualSeries;
import org.salwmonitor.core.trend.TrendAnalyzer;
import org.salwmonitor.core.trend.TrendResult;
import org.salwmonitor.core.trend.Verdict;
import org.salwmonitor.core.weapon.SerialNumber;

/**
 * The usage example of {@code core-model/README.md}, kept here so that it compiles and its printed output
 * stays true. If this test changes, change the README with it.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRunsAndPrintsWhatTheReadmeSays() {
        // --- README example: begin ---
        // A trend: synthetic seizures of pistols in Kazakhstan, 2015–2022 (not official figures).
        AnnualSeries series = AnnualSeries.of(
                new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022},
                new double[] {120, 135, 128, 150, 162, 158, 171, 190});
        TrendResult trend = TrendAnalyzer.defaults().analyze(series);
        String english = trend.summary("Seizures of pistols in Kazakhstan", Locale.ENGLISH);
        String russian = trend.summary("Изъятия пистолетов в Казахстане", Locale.forLanguageTag("ru"));
        System.out.println(english);
        System.out.println(russian);

        // SDG 16.4.2: 30 of 120 arms with illicit origin established.
        Sdg1642Rate rate = Sdg1642Rate.of(Country.of("KZ"), 2021, 30, 120);
        System.out.println(rate.percent());                          // OptionalDouble[25.0]
        Sdg1642Rate noArms = Sdg1642Rate.of(Country.of("KG"), 2021, 0, 0);
        System.out.println(noArms.status() + " " + noArms.reason()); // NOT_AVAILABLE Optional[ZERO_DENOMINATOR]

        // A serial number: the raw marking is kept, the key is derived for matching.
        SerialNumber serial = SerialNumber.of("№ АК-47 0123");         // Cyrillic А and К
        System.out.println(serial.raw() + " -> " + serial.key());     // № АК-47 0123 -> AK470123
        System.out.println(serial.matches(SerialNumber.of("ak 47-O123"))); // true (letter O folds to 0)
        // --- README example: end ---

        // then: what the README shows as output
        assertThat(trend.verdict()).isEqualTo(Verdict.INCREASING);
        assertThat(english).isEqualTo(
                "Seizures of pistols in Kazakhstan rose by about 9.7 a year (2015–2022, Mann–Kendall p = 0.002).");
        assertThat(russian).isEqualTo(
                "Изъятия пистолетов в Казахстане: рост примерно на 9,7 в год (2015–2022, критерий Манна — Кендалла: p = 0,002).");
        assertThat(rate.percent()).hasValue(25.0);
        assertThat(noArms.percent()).isEmpty();
        assertThat(noArms.status() + " " + noArms.reason()).isEqualTo("NOT_AVAILABLE Optional[ZERO_DENOMINATOR]");
        assertThat(serial.raw()).isEqualTo("№ АК-47 0123");
        assertThat(serial.key()).isEqualTo("AK470123");
        assertThat(serial.matches(SerialNumber.of("ak 47-O123"))).isTrue();
    }
}
