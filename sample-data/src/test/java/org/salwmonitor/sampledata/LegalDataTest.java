package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.law.ActionType;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.InstrumentKind;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.statistics.Period;

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
    void everyParticipationRowNamesACoreModelStateInstrumentAndActionType() {
        assertThat(PARTICIPATION.rows()).allSatisfy(r -> {
            Country state = Country.parse(r.get("STATE"));
            Instrument instrument = Instrument.of(r.get("INSTRUMENT"));
            ActionType action = ActionType.valueOf(r.get("ACTION"));
            assertThat(state.alpha2()).isEqualTo(r.get("STATE"));
            assertThat(instrument.code()).isEqualTo(r.get("INSTRUMENT"));
            // signature, ratification and the like are acts on treaties only
            assertThat(instrument.kind()).as(r.toString()).isEqualTo(InstrumentKind.TREATY);
            assertThat(action.name()).isEqualTo(r.get("ACTION"));
        });
    }

    @Test
    void everyVerifiedParticipationRowIsAVerifiedActOfTheCoreModelReference() {
        assertThat(PARTICIPATION.rows()).filteredOn(r -> r.get("VERIFIED").equals("true")).hasSize(11)
                .allSatisfy(r -> {
                    Participation reference = Participation.reference(Country.parse(r.get("STATE")),
                            Instrument.of(r.get("INSTRUMENT")));
                    assertThat(reference.actions()).as(r.toString()).anySatisfy(act -> {
                        assertThat(act.verified()).isTrue();
                        assertThat(act.type()).isEqualTo(ActionType.valueOf(r.get("ACTION")));
                        assertThat(act.date().map(LocalDate::toString).orElse("")).isEqualTo(r.get("DATE"));
                    });
                });
    }

    @Test
    void everySubmissionRowNamesACoreModelObligationOfItsInstrument() {
        assertThat(SUBMISSIONS.rows()).allSatisfy(r -> {
            // given
            ReportingObligation obligation = ReportingObligation.of(r.get("OBLIGATION"));

            // then
            assertThat(obligation.code()).isEqualTo(r.get("OBLIGATION"));
            assertThat(Country.parse(r.get("STATE")).alpha2()).isEqualTo(r.get("STATE"));
            assertThat(ReportVisibility.valueOf(r.get("PUBLICITY")).name()).isEqualTo(r.get("PUBLICITY"));
            assertThat(Period.parse(r.get("CYCLE")).year()).isEqualTo(Integer.parseInt(r.get("CYCLE")));
            if (!r.get("DATE_RECEIVED").isEmpty()) {
                ReportSubmission submission = new ReportSubmission(Country.parse(r.get("STATE")), obligation,
                        Integer.parseInt(r.get("CYCLE")), LocalDate.parse(r.get("DATE_RECEIVED")),
                        ReportVisibility.valueOf(r.get("PUBLICITY")), r.get("SOURCE"));
                assertThat(submission.submitted()).isAfter(LocalDate.of(submission.cycleYear(), 1, 1));
            }
        });
        assertThat(SUBMISSIONS.rows()).extracting(r -> r.get("OBLIGATION")).containsOnly("ATT_INITIAL",
                "ATT_ANNUAL", "POA_NATIONAL", "UNROCA_ANNUAL", "OSCE_SALW_ANNUAL");
    }

    @Test
    void periodicReportsAreForCyclesTheCoreModelSchedules() {
        // synthetic rows follow the core-model schedule; the verified PoA-ISS rows keep their real years
        assertThat(SUBMISSIONS.rows()).filteredOn(r -> r.get("SYNTHETIC").equals("true")
                        && !r.get("OBLIGATION").equals("ATT_INITIAL"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    int cycle = Integer.parseInt(r.get("CYCLE"));
                    assertThat(ReportingObligation.of(r.get("OBLIGATION")).scheduledCycles(cycle, cycle))
                            .as(r.toString()).hasSize(1);
                });
    }
}
