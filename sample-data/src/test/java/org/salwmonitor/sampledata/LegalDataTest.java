package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Participation and submissions: verified facts carry sources, everything else is flagged synthetic. */
class LegalDataTest {

    private static final CsvTable PARTICIPATION = CsvTable.of(SampleData.PARTICIPATION);
    private static final CsvTable SUBMISSIONS = CsvTable.of(SampleData.SUBMISSIONS);

    @Test
    void headersAreTheLegalTemplates() {
        assertThat(PARTICIPATION.header()).containsExactlyElementsOf(LegalGenerator.PARTICIPATION_COLUMNS);
        assertThat(SUBMISSIONS.header()).containsExactlyElementsOf(LegalGenerator.SUBMISSION_COLUMNS);
    }

    @Test
    void verifiedFactsOfTheDomainBriefArePresentWithSources() {
        assertThat(PARTICIPATION.rows()).filteredOn(r -> r.get("VERIFIED").equals("true"))
                .extracting(r -> r.get("STATE") + " " + r.get("INSTRUMENT") + " " + r.get("ACTION") + " " + r.get("DATE"))
                .contains("KZ FIREARMS_PROTOCOL RATIFICATION 2008-06-04", "KZ ATT ACCESSION 2017-12-08",
                        "UZ UNTOC RATIFICATION 2003-08-30", "TR ATT SIGNATURE 2013-07-02",
                        "TR FIREARMS_PROTOCOL APPROVAL 2004-02-12", "AF ATT ACCESSION 2020-07-29",
                        "KG UNTOC SIGNATURE ");
    }

    @Test
    void everyRowIsEitherVerifiedWithASourceOrSyntheticAndSaysSo() {
        for (List<Map<String, String>> rows : List.of(PARTICIPATION.rows(), SUBMISSIONS.rows())) {
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("SOURCE")).isNotBlank();
                if (r.get("SYNTHETIC").equals("true")) {
                    assertThat(r.get("SOURCE")).isEqualTo(LegalGenerator.SYNTHETIC_SOURCE);
                    assertThat(r.getOrDefault("VERIFIED", "false")).isEqualTo("false");
                } else {
                    assertThat(r.get("SYNTHETIC")).isEqualTo("false");
                    assertThat(r.get("SOURCE")).isNotEqualTo(LegalGenerator.SYNTHETIC_SOURCE);
                }
            });
        }
    }

    @Test
    void kazakhstanIsBoundByTheAttMidSeriesAndReportsOnTimeLateAndNotAtAll() {
        // given: annual reports are due by 31 May of the next year
        List<Map<String, String>> annual = SUBMISSIONS.rows().stream()
                .filter(r -> r.get("STATE").equals("KZ") && r.get("OBLIGATION").equals("ATT_ANNUAL")).toList();

        // then
        assertThat(annual).extracting(r -> r.get("CYCLE")).containsExactly("2018", "2019", "2020", "2022", "2023");
        assertThat(annual).anyMatch(r -> r.get("DATE_RECEIVED").compareTo((Integer.parseInt(r.get("CYCLE")) + 1) + "-05-31") <= 0);
        assertThat(annual).anyMatch(r -> r.get("DATE_RECEIVED").compareTo((Integer.parseInt(r.get("CYCLE")) + 1) + "-05-31") > 0);
        assertThat(SUBMISSIONS.rows()).extracting(r -> r.get("PUBLICITY")).contains("PUBLIC", "PRIVATE", "UNKNOWN");
    }

    @Test
    void codesComeFromTheLists() {
        assertThat(PARTICIPATION.rows()).allSatisfy(r -> {
            assertThat(r.get("INSTRUMENT")).isIn("ATT", "FIREARMS_PROTOCOL", "UNTOC", "POA", "ITI", "UNROCA",
                    "OSCE_SALW", "UNSCR_2370", "UNSCR_2220", "UNSCR_2117");
            assertThat(r.get("ACTION")).isIn("SIGNATURE", "RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL");
        });
        assertThat(SUBMISSIONS.rows()).allSatisfy(r -> assertThat(r.get("OBLIGATION"))
                .isIn("ATT_INITIAL", "ATT_ANNUAL", "POA_ITI_NATIONAL", "UNROCA_ANNUAL", "OSCE_SALW_EXCHANGE"));
    }
}
