package org.salwmonitor.core.weapon;

import java.util.Collection;
import java.util.List;

import org.salwmonitor.core.internal.Require;

/**
 * The result of checking a {@link FirearmIdentification} against the marking rules of the UN Firearms
 * Protocol (art. 8) and the minimum identifiers of a trace request; produced by {@link MarkingCheck}.
 *
 * <p>Both lists are free of duplicates and ordered as {@link MarkingElement} declares its constants.
 * {@code missingMarkings} holds marking elements only ({@link MarkingElement#isMarkingElement()}),
 * {@code missingForTrace} trace identifiers only ({@link MarkingElement#isTraceIdentifier()}).
 *
 * @param missingMarkings         the art. 8 marking elements that are missing or obliterated
 * @param missingForTrace         the trace identifiers that are not known
 * @param importMarkingExpected   whether the firearm is known to be imported, so that art. 8(1)(b) applies
 * @param antique                 whether the item is antique (made before 1900), so that the Protocol's
 *                                marking rules do not apply to it
 */
public record MarkingAssessment(List<MarkingElement> missingMarkings, List<MarkingElement> missingForTrace,
        boolean importMarkingExpected, boolean antique) {

    /** Validates, de-duplicates and orders both lists. */
    public MarkingAssessment {
        missingMarkings = ordered(missingMarkings, "missingMarkings");
        missingForTrace = ordered(missingForTrace, "missingForTrace");
        for (MarkingElement element : missingMarkings) {
            Require.that(element.isMarkingElement(),
                    "missingMarkings must hold marking elements only, was " + element);
        }
        for (MarkingElement element : missingForTrace) {
            Require.that(element.isTraceIdentifier(),
                    "missingForTrace must hold trace identifiers only, was " + element);
        }
        Require.that(importMarkingExpected || !missingMarkings.contains(MarkingElement.IMPORT_MARKING),
                "missingMarkings must not list IMPORT_MARKING when no import marking is expected, was "
                        + missingMarkings);
    }

    /**
     * Tells whether the firearm carries every marking the Protocol requires of it: nothing is missing, or the
     * item is antique and the rules do not apply.
     *
     * @return true if marked as required
     */
    public boolean isMarkedAsRequired() {
        return antique || missingMarkings.isEmpty();
    }

    /**
     * Tells whether a trace request can be made: every minimum identifier is known.
     *
     * @return true if no trace identifier is missing
     */
    public boolean isTraceRequestPossible() {
        return missingForTrace.isEmpty();
    }

    private static List<MarkingElement> ordered(Collection<MarkingElement> elements, String field) {
        return Require.copyOf(elements, field).stream().distinct().sorted().toList();
    }
}
