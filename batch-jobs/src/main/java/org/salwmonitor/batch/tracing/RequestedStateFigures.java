package org.salwmonitor.batch.tracing;

/**
 * The trace requests sent to one state (or to all, in the total) and what became of them.
 *
 * <p>Lifecycle: every request was <b>sent</b>; it is <b>answered</b> when it has a date of answer (outcome
 * {@code ORIGIN_ESTABLISHED} or {@code NOT_ESTABLISHED}), <b>pending</b> while awaiting an answer, or recorded as
 * having had <b>no response</b>. Response time is the days from sending to answer of the answered requests; the
 * median and the 90th percentile are interpolated ({@code percentile_cont}).
 *
 * @param requestedState      the requested state's code (ISO 3166-1 alpha-2, or SUHH), or {@code _T} for the total
 * @param sent                requests sent
 * @param answered            requests answered
 * @param originEstablished   answered requests that established the illicit origin
 * @param notEstablished      answered requests that did not
 * @param pending             requests awaiting an answer
 * @param noResponse          requests recorded as unanswered
 * @param medianResponseDays  median days to answer, null when none was answered
 * @param p90ResponseDays     90th percentile of days to answer, null when none was answered
 */
public record RequestedStateFigures(String requestedState, long sent, long answered, long originEstablished,
        long notEstablished, long pending, long noResponse, Double medianResponseDays, Double p90ResponseDays) {

    /** The code of the row that totals every requested state. */
    public static final String TOTAL = "_T";
}
