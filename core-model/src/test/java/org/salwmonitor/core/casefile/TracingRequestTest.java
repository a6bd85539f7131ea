package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.KZ;
import static org.salwmonitor.core.casefile.Fixtures.RU;
import static org.salwmonitor.core.casefile.Fixtures.seizure;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TracingRequestTest {

    private static final LocalDate DAY = LocalDate.of(2023, 7, 1);

    private static TracingRequest draft() {
        return TracingRequest.draft("KZ-TR-2023/0001", KZ, RU, seizure(), 2, DAY);
    }

    private static TracingRequest request(TraceStatus status, LocalDate sent, LocalDate acknowledged,
            LocalDate answered, TraceOutcome outcome) {
        return new TracingRequest("KZ-TR-1", KZ, RU, "KZ-ALM-2023/0147", 2, status, DAY.plusDays(100), sent,
                acknowledged, answered, outcome);
    }

    @Property(tries = 300)
    void randomWalksOnlyFollowTheTransitionTable(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 6) Integer> targets,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 30) Integer> gaps) {
        // given
        TracingRequest request = draft();
        // when: each step tries a random target on a later (or the same) day
        for (int i = 0; i < targets.size(); i++) {
            TraceStatus from = request.status();
            TraceStatus target = TraceStatus.values()[targets.get(i)];
            LocalDate date = request.statusDate().plusDays(i < gaps.size() ? gaps.get(i) : 1);
            boolean allowed = TraceStatusTest.ALLOWED.contains(from + ">" + target);
            try {
                request = request.moveTo(target, date);
                // then: a move that succeeded is in the table
                assertThat(allowed).as(from + " -> " + target + " succeeded").isTrue();
                assertThat(request.status()).isEqualTo(target);
                assertThat(request.statusDate()).isEqualTo(date);
            } catch (IllegalArgumentException e) {
                // then: a move that failed is not in the table, and the message names both ends
                assertThat(allowed).as(from + " -> " + target + " failed: " + e.getMessage()).isFalse();
                assertThat(e.getMessage()).startsWith("status cannot move from " + from + " to " + target);
            }
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void startsAsADraft() {
            // when
            TracingRequest draft = draft();
            // then
            assertThat(draft.id()).isEqualTo("KZ-TR-2023/0001");
            assertThat(draft.requestingState()).isEqualTo(KZ);
            assertThat(draft.requestedState()).isEqualTo(RU);
            assertThat(draft.eventId()).isEqualTo("KZ-ALM-2023/0147");
            assertThat(draft.lineNumber()).isEqualTo(2);
            assertThat(draft.status()).isEqualTo(TraceStatus.DRAFT);
            assertThat(draft.statusDate()).isEqualTo(DAY);
            assertThat(draft.sent()).isNull();
            assertThat(draft.acknowledged()).isNull();
            assertThat(draft.answered()).isNull();
            assertThat(draft.outcome()).isEqualTo(TraceOutcome.unknown());
            assertThat(draft.responseTimeDays()).isEmpty();
        }

        @Test
        void recordsTheDatesOfEachStep() {
            // when
            TracingRequest answered = draft()
                    .moveTo(TraceStatus.SENT, DAY.plusDays(1))
                    .moveTo(TraceStatus.ACKNOWLEDGED, DAY.plusDays(3))
                    .answer(DAY.plusDays(41), TraceOutcome.established(PointOfDiversion.STATE_STOCKPILE_LOSS));
            // then
            assertThat(answered.status()).isEqualTo(TraceStatus.ANSWERED);
            assertThat(answered.sent()).isEqualTo(DAY.plusDays(1));
            assertThat(answered.acknowledged()).isEqualTo(DAY.plusDays(3));
            assertThat(answered.answered()).isEqualTo(DAY.plusDays(41));
            assertThat(answered.outcome().isEstablished()).isTrue();
            assertThat(answered.responseTimeDays()).hasValue(40);
        }

        @Test
        void keepsTheDatesWhenClosed() {
            // when
            TracingRequest closed = draft().moveTo(TraceStatus.SENT, DAY).answer(DAY, TraceOutcome.notEstablished())
                    .moveTo(TraceStatus.CLOSED, DAY.plusDays(2));
            // then
            assertThat(closed.status()).isEqualTo(TraceStatus.CLOSED);
            assertThat(closed.statusDate()).isEqualTo(DAY.plusDays(2));
            assertThat(closed.answered()).isEqualTo(DAY);
            assertThat(closed.responseTimeDays()).hasValue(0);
            assertThat(closed.outcome()).isEqualTo(TraceOutcome.notEstablished());
        }

        @Test
        void acceptsALateAnswerAfterNoResponse() {
            // when
            TracingRequest late = draft().moveTo(TraceStatus.SENT, DAY)
                    .moveTo(TraceStatus.NO_RESPONSE, DAY.plusDays(90))
                    .moveTo(TraceStatus.ANSWERED, DAY.plusDays(120));
            // then
            assertThat(late.responseTimeDays()).hasValue(120);
            assertThat(late.acknowledged()).isNull();
        }

        @Test
        void recordsARefusal() {
            // when
            TracingRequest refused = draft().moveTo(TraceStatus.SENT, DAY).moveTo(TraceStatus.REFUSED, DAY.plusDays(5));
            // then
            assertThat(refused.statusDate()).isEqualTo(DAY.plusDays(5));
            assertThat(refused.answered()).isNull();
            assertThat(refused.responseTimeDays()).isEmpty();
        }

        @Test
        void withdrawsADraft() {
            assertThat(draft().moveTo(TraceStatus.CLOSED, DAY).sent()).isNull();
        }

        @Test
        void rejectsAForbiddenTransitionNamingCurrentTargetAndAllowed() {
            assertThatThrownBy(() -> draft().moveTo(TraceStatus.ANSWERED, DAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status cannot move from DRAFT to ANSWERED; allowed from DRAFT: [SENT, CLOSED]");
        }

        @Test
        void rejectsADateBeforeTheCurrentStatus() {
            assertThatThrownBy(() -> draft().moveTo(TraceStatus.SENT, DAY.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("date must not be before the date of status DRAFT, 2023-07-01, was 2023-06-30");
        }

        @Test
        void rejectsNullTargetAndDate() {
            assertThatThrownBy(() -> draft().moveTo(null, DAY))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("next must not be null");
            assertThatThrownBy(() -> draft().moveTo(TraceStatus.SENT, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("date must not be null");
        }

        @Test
        void rejectsAnOutcomeBeforeTheAnswer() {
            assertThatThrownBy(() -> draft().moveTo(TraceStatus.SENT, DAY)
                    .withOutcome(TraceOutcome.established(PointOfDiversion.OTHER)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("outcome must be unknown until the request is answered, was "
                            + TraceOutcome.established(PointOfDiversion.OTHER));
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsTheSameStateOnBothSides() {
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, KZ, seizure(), 2, DAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("requestedState must differ from requestingState, was KZ for both");
        }

        @Test
        void rejectsALineTheEventDoesNotHave() {
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, RU, seizure(), 7, DAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lineNumber must be an item line of event KZ-ALM-2023/0147, was 7");
        }

        @Test
        void rejectsMissingEvent() {
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, RU, null, 2, DAY))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("event must not be null");
        }

        @Test
        void rejectsMalformedIds() {
            assertThatThrownBy(() -> TracingRequest.draft("tr 1", KZ, RU, seizure(), 2, DAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("id must be 3 to 40 upper-case Latin letters")
                    .hasMessageEndingWith(", was 'tr 1'");
            assertThatThrownBy(() -> new TracingRequest("KZ-TR-1", KZ, RU, "e1", 2, TraceStatus.DRAFT, DAY, null,
                    null, null, TraceOutcome.unknown()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("eventId must be 3 to 40 upper-case Latin letters")
                    .hasMessageEndingWith(", was 'e1'");
        }

        @Test
        void rejectsMissingStates() {
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", null, RU, seizure(), 2, DAY))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("requestingState must not be null");
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, null, seizure(), 2, DAY))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("requestedState must not be null");
        }

        @Test
        void rejectsLineNumberOutOfRange() {
            assertThatThrownBy(() -> new TracingRequest("KZ-TR-1", KZ, RU, "KZ-1", 0, TraceStatus.DRAFT, DAY, null,
                    null, null, TraceOutcome.unknown()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lineNumber must be between 1 and 9999, was 0");
        }

        @Test
        void rejectsMissingStatusStatusDateAndOutcome() {
            assertThatThrownBy(() -> new TracingRequest("KZ-TR-1", KZ, RU, "KZ-1", 1, null, DAY, null, null, null,
                    TraceOutcome.unknown()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("status must not be null");
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, RU, seizure(), 2, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("statusDate must not be null");
            assertThatThrownBy(() -> request(TraceStatus.DRAFT, null, null, null, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("outcome must not be null");
        }

        @Test
        void rejectsStatusDateOutOfRange() {
            assertThatThrownBy(() -> TracingRequest.draft("KZ-TR-1", KZ, RU, seizure(), 2, LocalDate.of(2101, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("statusDate year must be between 1900 and 2100, was 2101");
        }

        @Test
        void rejectsDatesThatDoNotFitTheStatus() {
            assertThatThrownBy(() -> request(TraceStatus.DRAFT, DAY, null, null, TraceOutcome.unknown()))
                    .hasMessage("sent must be null when status is DRAFT, was 2023-07-01");
            assertThatThrownBy(() -> request(TraceStatus.SENT, null, null, null, TraceOutcome.unknown()))
                    .hasMessage("sent must be set when status is SENT, was null");
            assertThatThrownBy(() -> request(TraceStatus.SENT, DAY, DAY, null, TraceOutcome.unknown()))
                    .hasMessage("acknowledged must be null when status is SENT, was 2023-07-01");
            assertThatThrownBy(() -> request(TraceStatus.ACKNOWLEDGED, DAY, null, null, TraceOutcome.unknown()))
                    .hasMessage("acknowledged must be set when status is ACKNOWLEDGED, was null");
            assertThatThrownBy(() -> request(TraceStatus.ACKNOWLEDGED, DAY, DAY, DAY, TraceOutcome.unknown()))
                    .hasMessage("answered must be null when status is ACKNOWLEDGED, was 2023-07-01");
            assertThatThrownBy(() -> request(TraceStatus.ANSWERED, DAY, null, null, TraceOutcome.unknown()))
                    .hasMessage("answered must be set when status is ANSWERED, was null");
            assertThatThrownBy(() -> request(TraceStatus.REFUSED, DAY, null, DAY, TraceOutcome.unknown()))
                    .hasMessage("answered must be null when status is REFUSED, was 2023-07-01");
            assertThatThrownBy(() -> request(TraceStatus.NO_RESPONSE, null, null, null, TraceOutcome.unknown()))
                    .hasMessage("sent must be set when status is NO_RESPONSE, was null");
        }

        @Test
        void rejectsDatesOutOfOrder() {
            assertThatThrownBy(() -> request(TraceStatus.CLOSED, null, DAY, null, TraceOutcome.unknown()))
                    .hasMessage("sent must be set when acknowledged is set, was null");
            assertThatThrownBy(() -> request(TraceStatus.CLOSED, null, null, DAY, TraceOutcome.unknown()))
                    .hasMessage("sent must be set when answered is set, was null");
            assertThatThrownBy(() -> request(TraceStatus.ACKNOWLEDGED, DAY, DAY.minusDays(1), null,
                    TraceOutcome.unknown()))
                    .hasMessage("acknowledged must not be before sent 2023-07-01, was 2023-06-30");
            assertThatThrownBy(() -> request(TraceStatus.ANSWERED, DAY, null, DAY.minusDays(1),
                    TraceOutcome.unknown()))
                    .hasMessage("answered must not be before sent 2023-07-01, was 2023-06-30");
            assertThatThrownBy(() -> request(TraceStatus.ANSWERED, DAY, DAY.plusDays(5), DAY.plusDays(4),
                    TraceOutcome.unknown()))
                    .hasMessage("answered must not be before acknowledged 2023-07-06, was 2023-07-05");
            assertThatThrownBy(() -> request(TraceStatus.SENT, DAY.plusDays(101), null, null, TraceOutcome.unknown()))
                    .hasMessage("statusDate must not be before an earlier status date 2023-10-10, was 2023-10-09");
        }
    }
}
