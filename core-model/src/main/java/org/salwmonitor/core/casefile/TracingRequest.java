package org.salwmonitor.core.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * A request by one state to another to trace an item of an event, with its status lifecycle (see
 * {@link TraceStatus}) and its outcome.
 *
 * <p><b>Dates by status.</b> {@code statusDate} is the date the current status was entered (for a draft, the
 * date it was prepared). The other dates are recorded when the request moves to the matching status and kept
 * afterwards:
 * <ul>
 * <li>{@code DRAFT}: no {@code sent}, {@code acknowledged} or {@code answered} date;</li>
 * <li>{@code SENT}: {@code sent}, but no {@code acknowledged} or {@code answered};</li>
 * <li>{@code ACKNOWLEDGED}: {@code sent} and {@code acknowledged}, no {@code answered};</li>
 * <li>{@code ANSWERED}: {@code sent} and {@code answered};</li>
 * <li>{@code REFUSED} and {@code NO_RESPONSE}: {@code sent}, no {@code answered};</li>
 * <li>{@code CLOSED}: whatever the request had when it was closed.</li>
 * </ul>
 * In every status an {@code acknowledged} or {@code answered} date requires a {@code sent} date;
 * {@code sent <= acknowledged <= answered} where present, and none is after {@code statusDate}.
 *
 * <p><b>Outcome.</b> Only an answered request (one with an {@code answered} date) may have an outcome other
 * than {@link TraceOutcome#unknown()}.
 *
 * @param id               the request's reference, in the format of {@link CaseEvent#id()}; stored stripped
 * @param requestingState  the state that asks, not null
 * @param requestedState   the state asked to trace, not null, not the requesting state
 * @param eventId          the {@linkplain CaseEvent#id() reference of the event} the item belongs to
 * @param lineNumber       the number of the item line in that event, 1 to {@value ItemLine#MAX_LINE_NUMBER}
 * @param status           the status, not null
 * @param statusDate       the date the status was entered, not null, years {@value CaseEvent#MIN_YEAR} to
 *                         {@value CaseEvent#MAX_YEAR}
 * @param sent             the date sent, or null (see above)
 * @param acknowledged     the date receipt was acknowledged, or null (see above)
 * @param answered         the date of the answer, or null (see above)
 * @param outcome          the outcome, not null
 */
public record TracingRequest(String id, Country requestingState, Country requestedState, String eventId,
        int lineNumber, TraceStatus status, LocalDate statusDate, LocalDate sent, LocalDate acknowledged,
        LocalDate answered, TraceOutcome outcome) {

    /** Validates every field and their combination. */
    public TracingRequest {
        id = References.require(id, "id");
        Require.nonNull(requestingState, "requestingState");
        Require.nonNull(requestedState, "requestedState");
        Require.that(!requestingState.equals(requestedState),
                "requestedState must differ from requestingState, was " + requestedState + " for both");
        eventId = References.require(eventId, "eventId");
        Require.between(lineNumber, 1, ItemLine.MAX_LINE_NUMBER, "lineNumber");
        Require.nonNull(status, "status");
        Require.nonNull(statusDate, "statusDate");
        Require.between(statusDate.getYear(), CaseEvent.MIN_YEAR, CaseEvent.MAX_YEAR, "statusDate year");
        Require.nonNull(outcome, "outcome");
        switch (status) {
            case DRAFT -> {
                absent(sent, "sent", status);
                absent(acknowledged, "acknowledged", status);
                absent(answered, "answered", status);
            }
            case SENT -> {
                present(sent, "sent", status);
                absent(acknowledged, "acknowledged", status);
                absent(answered, "answered", status);
            }
            case ACKNOWLEDGED -> {
                present(sent, "sent", status);
                present(acknowledged, "acknowledged", status);
                absent(answered, "answered", status);
            }
            case ANSWERED -> {
                present(sent, "sent", status);
                present(answered, "answered", status);
            }
            case REFUSED, NO_RESPONSE -> {
                present(sent, "sent", status);
                absent(answered, "answered", status);
            }
            case CLOSED -> {
                // keeps whatever dates the request had when it was closed
            }
        }
        if (acknowledged != null) {
            Require.that(sent != null, "sent must be set when acknowledged is set, was null");
            notBefore(acknowledged, "acknowledged", sent, "sent");
        }
        if (answered != null) {
            Require.that(sent != null, "sent must be set when answered is set, was null");
            notBefore(answered, "answered", sent, "sent");
            if (acknowledged != null) {
                notBefore(answered, "answered", acknowledged, "acknowledged");
            }
        }
        for (LocalDate date : new LocalDate[] {sent, acknowledged, answered}) {
            if (date != null) {
                notBefore(statusDate, "statusDate", date, "an earlier status date");
            }
        }
        Require.that(answered != null || outcome.equals(TraceOutcome.unknown()),
                "outcome must be unknown until the request is answered, was " + outcome);
    }

    /**
     * Returns a new draft request for an item line of an event.
     *
     * @param id               the request's reference, not null
     * @param requestingState  the state that asks, not null
     * @param requestedState   the state asked, not null, not the requesting state
     * @param event            the event, not null
     * @param lineNumber       the number of an item line of the event
     * @param date             the date the draft was prepared, not null
     * @return the draft, not null
     * @throws IllegalArgumentException if the event has no line with this number, or a field is invalid
     */
    public static TracingRequest draft(String id, Country requestingState, Country requestedState, CaseEvent event,
            int lineNumber, LocalDate date) {
        Require.nonNull(event, "event");
        Require.that(event.item(lineNumber).isPresent(), "lineNumber must be an item line of event " + event.id()
                + ", was " + lineNumber);
        return new TracingRequest(id, requestingState, requestedState, event.id(), lineNumber, TraceStatus.DRAFT,
                date, null, null, null, TraceOutcome.unknown());
    }

    /**
     * Returns a copy in the next status, entered on {@code date}. Moving to {@code SENT},
     * {@code ACKNOWLEDGED} or {@code ANSWERED} also records {@code date} as the date sent, acknowledged or
     * answered.
     *
     * @param next  the next status, not null
     * @param date  the date the next status is entered, not null, not before {@link #statusDate()}
     * @return the copy, not null
     * @throws IllegalArgumentException if the transition is not allowed (the message names the current status,
     *         the target and the allowed ones) or the date is before the current status date
     */
    public TracingRequest moveTo(TraceStatus next, LocalDate date) {
        Require.nonNull(next, "next");
        Require.nonNull(date, "date");
        Require.that(status.canMoveTo(next), "status cannot move from " + status + " to " + next
                + "; allowed from " + status + ": " + status.allowedNext());
        Require.that(!date.isBefore(statusDate), "date must not be before the date of status " + status + ", "
                + statusDate + ", was " + date);
        return new TracingRequest(id, requestingState, requestedState, eventId, lineNumber, next, date,
                next == TraceStatus.SENT ? date : sent,
                next == TraceStatus.ACKNOWLEDGED ? date : acknowledged,
                next == TraceStatus.ANSWERED ? date : answered,
                outcome);
    }

    /**
     * Returns a copy moved to {@code ANSWERED} on {@code date} with this outcome.
     *
     * @param date     the date of the answer, not null
     * @param outcome  what the trace established, not null
     * @return the copy, not null
     * @throws IllegalArgumentException as {@link #moveTo(TraceStatus, LocalDate)}
     */
    public TracingRequest answer(LocalDate date, TraceOutcome outcome) {
        return moveTo(TraceStatus.ANSWERED, date).withOutcome(outcome);
    }

    /**
     * Returns a copy with this outcome, for example when an answer is assessed after it arrived.
     *
     * @param outcome  the outcome, not null; other than unknown only for an answered request
     * @return the copy, not null
     */
    public TracingRequest withOutcome(TraceOutcome outcome) {
        return new TracingRequest(id, requestingState, requestedState, eventId, lineNumber, status, statusDate,
                sent, acknowledged, answered, outcome);
    }

    /**
     * Returns the response time: the days from the date sent to the date answered.
     *
     * @return the number of days, zero or more, or empty if the request was not answered
     */
    public OptionalLong responseTimeDays() {
        return answered == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(sent, answered));
    }

    private static void present(LocalDate date, String field, TraceStatus status) {
        Require.that(date != null, field + " must be set when status is " + status + ", was null");
    }

    private static void absent(LocalDate date, String field, TraceStatus status) {
        Require.that(date == null, field + " must be null when status is " + status + ", was " + date);
    }

    private static void notBefore(LocalDate date, String field, LocalDate earlier, String earlierField) {
        Require.that(!date.isBefore(earlier), field + " must not be before " + earlierField + " " + earlier
                + ", was " + date);
    }
}
