package org.salwmonitor.core.casefile;

import org.salwmonitor.core.internal.Require;

/**
 * What a trace established: whether the illicit origin of the item was established and, if so, its point of
 * diversion. An item whose illicit origin was established counts in the numerator of SDG indicator 16.4.2.
 *
 * <p>Invariant: the point of diversion is known ({@code != UNKNOWN}) exactly when the illicit origin is
 * {@link IllicitOriginFinding#ESTABLISHED}; establishing the illicit origin means establishing where the
 * item left the legal circuit.
 *
 * @param illicitOrigin     the finding on illicit origin, not null
 * @param pointOfDiversion  the point of diversion, not null
 */
public record TraceOutcome(IllicitOriginFinding illicitOrigin, PointOfDiversion pointOfDiversion) {

    private static final TraceOutcome UNKNOWN = new TraceOutcome(IllicitOriginFinding.UNKNOWN,
            PointOfDiversion.UNKNOWN);
    private static final TraceOutcome NOT_ESTABLISHED = new TraceOutcome(IllicitOriginFinding.NOT_ESTABLISHED,
            PointOfDiversion.UNKNOWN);

    /** Validates the fields and their combination. */
    public TraceOutcome {
        Require.nonNull(illicitOrigin, "illicitOrigin");
        Require.nonNull(pointOfDiversion, "pointOfDiversion");
        if (illicitOrigin == IllicitOriginFinding.ESTABLISHED) {
            Require.that(pointOfDiversion != PointOfDiversion.UNKNOWN,
                    "pointOfDiversion must be known when the illicit origin is established, was UNKNOWN");
        } else {
            Require.that(pointOfDiversion == PointOfDiversion.UNKNOWN, "pointOfDiversion must be UNKNOWN when "
                    + "the illicit origin is " + illicitOrigin + ", was " + pointOfDiversion);
        }
    }

    /**
     * Returns the outcome of a trace with no finding yet.
     *
     * @return the unknown outcome, not null
     */
    public static TraceOutcome unknown() {
        return UNKNOWN;
    }

    /**
     * Returns the outcome of a trace that did not establish the illicit origin.
     *
     * @return the outcome, not null
     */
    public static TraceOutcome notEstablished() {
        return NOT_ESTABLISHED;
    }

    /**
     * Returns the outcome of a trace that established the illicit origin at this point of diversion.
     *
     * @param pointOfDiversion  the point of diversion, not null and not {@link PointOfDiversion#UNKNOWN}
     * @return the outcome, not null
     */
    public static TraceOutcome established(PointOfDiversion pointOfDiversion) {
        return new TraceOutcome(IllicitOriginFinding.ESTABLISHED, pointOfDiversion);
    }

    /**
     * Tells whether the illicit origin was established.
     *
     * @return true if the finding is {@link IllicitOriginFinding#ESTABLISHED}
     */
    public boolean isEstablished() {
        return illicitOrigin == IllicitOriginFinding.ESTABLISHED;
    }
}
