package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStageTest {

    /** The documented table, written out independently of the implementation. */
    private static final Set<String> ALLOWED = Set.of(
            "INVESTIGATION>PROSECUTION", "INVESTIGATION>CLOSED",
            "PROSECUTION>TRIAL", "PROSECUTION>CLOSED",
            "TRIAL>CONVICTION", "TRIAL>ACQUITTAL", "TRIAL>CLOSED",
            "CONVICTION>CLOSED", "ACQUITTAL>CLOSED");

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} -> {1} is allowed")
        @CsvSource({
            "INVESTIGATION, PROSECUTION", "INVESTIGATION, CLOSED",
            "PROSECUTION, TRIAL", "PROSECUTION, CLOSED",
            "TRIAL, CONVICTION", "TRIAL, ACQUITTAL", "TRIAL, CLOSED",
            "CONVICTION, CLOSED", "ACQUITTAL, CLOSED"})
        void allows(CaseStage from, CaseStage to) {
            assertThat(from.canMoveTo(to)).isTrue();
            assertThat(from.allowedNext()).contains(to);
        }

        @ParameterizedTest(name = "{0} -> {1} is forbidden")
        @CsvSource({
            "INVESTIGATION, INVESTIGATION", "INVESTIGATION, TRIAL", "INVESTIGATION, CONVICTION",
            "PROSECUTION, INVESTIGATION", "PROSECUTION, ACQUITTAL",
            "TRIAL, PROSECUTION", "TRIAL, TRIAL",
            "CONVICTION, ACQUITTAL", "ACQUITTAL, CONVICTION", "CONVICTION, TRIAL",
            "CLOSED, INVESTIGATION", "CLOSED, CLOSED", "CLOSED, CONVICTION"})
        void forbids(CaseStage from, CaseStage to) {
            assertThat(from.canMoveTo(to)).isFalse();
            assertThat(from.allowedNext()).doesNotContain(to);
        }

        @Test
        void everyPairFollowsTheDocumentedTable() {
            for (CaseStage from : CaseStage.values()) {
                for (CaseStage to : CaseStage.values()) {
                    assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
                }
            }
        }

        @Test
        void onlyClosedIsFinal() {
            assertThat(Arrays.stream(CaseStage.values()).filter(CaseStage::isFinal)).containsExactly(CaseStage.CLOSED);
        }

        @Test
        void allowedNextIsUnmodifiable() {
            assertThatThrownBy(() -> CaseStage.TRIAL.allowedNext().add(CaseStage.INVESTIGATION))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsNullTarget() {
            assertThatThrownBy(() -> CaseStage.TRIAL.canMoveTo(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("next must not be null");
        }
    }

    @Nested
    class Labels {

        @Test
        void hasEnglishAndRussianLabels() {
            assertThat(CaseStage.CONVICTION.label(Locale.ENGLISH)).isEqualTo("conviction");
            assertThat(CaseStage.CONVICTION.label(Locale.forLanguageTag("ru"))).isEqualTo("обвинительный приговор");
            assertThat(Arrays.stream(CaseStage.values()).map(s -> s.label(Locale.forLanguageTag("ru"))))
                    .doesNotHaveDuplicates();
        }

        @Test
        void rejectsNullLocale() {
            assertThatThrownBy(() -> CaseStage.TRIAL.label(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("locale must not be null");
        }
    }
}
