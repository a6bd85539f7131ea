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

class TraceStatusTest {

    /** The documented table, written out independently of the implementation. */
    static final Set<String> ALLOWED = Set.of(
            "DRAFT>SENT", "DRAFT>CLOSED",
            "SENT>ACKNOWLEDGED", "SENT>ANSWERED", "SENT>REFUSED", "SENT>NO_RESPONSE",
            "ACKNOWLEDGED>ANSWERED", "ACKNOWLEDGED>REFUSED", "ACKNOWLEDGED>NO_RESPONSE",
            "NO_RESPONSE>ANSWERED", "NO_RESPONSE>CLOSED",
            "ANSWERED>CLOSED", "REFUSED>CLOSED");

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} -> {1} is allowed")
        @CsvSource({
            "DRAFT, SENT", "DRAFT, CLOSED",
            "SENT, ACKNOWLEDGED", "SENT, ANSWERED", "SENT, REFUSED", "SENT, NO_RESPONSE",
            "ACKNOWLEDGED, ANSWERED", "ACKNOWLEDGED, REFUSED", "ACKNOWLEDGED, NO_RESPONSE",
            "NO_RESPONSE, ANSWERED", "NO_RESPONSE, CLOSED",
            "ANSWERED, CLOSED", "REFUSED, CLOSED"})
        void allows(TraceStatus from, TraceStatus to) {
            assertThat(from.canMoveTo(to)).isTrue();
            assertThat(from.allowedNext()).contains(to);
        }

        @ParameterizedTest(name = "{0} -> {1} is forbidden")
        @CsvSource({
            "DRAFT, DRAFT", "DRAFT, ACKNOWLEDGED", "DRAFT, ANSWERED", "DRAFT, REFUSED",
            "SENT, DRAFT", "SENT, SENT", "SENT, CLOSED",
            "ACKNOWLEDGED, SENT", "ACKNOWLEDGED, CLOSED",
            "ANSWERED, REFUSED", "ANSWERED, SENT", "ANSWERED, ANSWERED",
            "REFUSED, ANSWERED", "NO_RESPONSE, REFUSED",
            "CLOSED, DRAFT", "CLOSED, SENT", "CLOSED, CLOSED"})
        void forbids(TraceStatus from, TraceStatus to) {
            assertThat(from.canMoveTo(to)).isFalse();
            assertThat(from.allowedNext()).doesNotContain(to);
        }

        @Test
        void everyPairFollowsTheDocumentedTable() {
            for (TraceStatus from : TraceStatus.values()) {
                for (TraceStatus to : TraceStatus.values()) {
                    assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
                }
            }
        }

        @Test
        void onlyClosedIsFinal() {
            assertThat(Arrays.stream(TraceStatus.values()).filter(TraceStatus::isFinal))
                    .containsExactly(TraceStatus.CLOSED);
        }

        @Test
        void rejectsNullTarget() {
            assertThatThrownBy(() -> TraceStatus.SENT.canMoveTo(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("next must not be null");
        }
    }

    @Nested
    class Labels {

        @Test
        void hasEnglishAndRussianLabels() {
            assertThat(TraceStatus.NO_RESPONSE.label(Locale.ENGLISH)).isEqualTo("no response");
            assertThat(TraceStatus.NO_RESPONSE.label(Locale.forLanguageTag("ru"))).isEqualTo("ответ не получен");
            assertThat(Arrays.stream(TraceStatus.values()).map(s -> s.label(Locale.forLanguageTag("ru"))))
                    .doesNotHaveDuplicates();
        }

        @Test
        void rejectsNullLocale() {
            assertThatThrownBy(() -> TraceStatus.SENT.label(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("locale must not be null");
        }
    }
}
