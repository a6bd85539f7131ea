package org.salwmonitor.core.weapon;

import java.util.ArrayList;
import java.util.List;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * Checks a firearm's identification against the marking rules of the UN Firearms Protocol (art. 8) and the
 * International Tracing Instrument, and against the minimum identifiers of a trace request.
 *
 * <p>Marking (art. 8(1)): the manufacturer's name, the country or place of manufacture and the serial number
 * (a); an import marking when the firearm is known to be imported (b). A serial marked as obliterated counts
 * as missing from the marking even when it was restored, since the marking itself no longer serves.
 * The Protocol's alternative of "simple geometric symbols" identifying the country is not modelled, nor
 * the marking on transfer from state stocks (c).
 *
 * <p>Trace request: make, model, calibre, serial number, type (not {@link WeaponType#UNKNOWN}) and the
 * country of manufacture or of last legal import (an import marking's country counts). A restored serial
 * is enough for a trace.
 *
 * <p>"Known to be imported" means: the firearm carries an import marking, or its country of manufacture is
 * known and differs from the country where it is held. When either country is unknown, no import marking is
 * expected.
 */
public final class MarkingCheck {

    private MarkingCheck() {
    }

    /**
     * Assesses one identification.
     *
     * @param identification  the identification, not null
     * @param heldIn          the country where the firearm was seized, found or surrendered, or null if unknown
     * @return the assessment listing what is missing, not null
     */
    public static MarkingAssessment assess(FirearmIdentification identification, Country heldIn) {
        Require.nonNull(identification, "identification");
        boolean imported = identification.importMarking() != null
                || (heldIn != null && identification.countryOfManufacture() != null
                        && !identification.countryOfManufacture().equals(heldIn));

        List<MarkingElement> missingMarkings = new ArrayList<>();
        if (identification.make() == null) {
            missingMarkings.add(MarkingElement.MANUFACTURER);
        }
        if (identification.countryOfManufacture() == null) {
            missingMarkings.add(MarkingElement.COUNTRY_OF_MANUFACTURE);
        }
        if (identification.serial() == null || identification.serialObliterated()) {
            missingMarkings.add(MarkingElement.SERIAL_NUMBER);
        }
        if (imported && identification.importMarking() == null) {
            missingMarkings.add(MarkingElement.IMPORT_MARKING);
        }

        List<MarkingElement> missingForTrace = new ArrayList<>();
        if (identification.make() == null) {
            missingForTrace.add(MarkingElement.MANUFACTURER);
        }
        if (identification.model() == null) {
            missingForTrace.add(MarkingElement.MODEL);
        }
        if (identification.calibre() == null) {
            missingForTrace.add(MarkingElement.CALIBRE);
        }
        if (identification.serial() == null) {
            missingForTrace.add(MarkingElement.SERIAL_NUMBER);
        }
        if (identification.type() == WeaponType.UNKNOWN) {
            missingForTrace.add(MarkingElement.WEAPON_TYPE);
        }
        if (identification.countryOfManufacture() == null && identification.importMarking() == null) {
            missingForTrace.add(MarkingElement.COUNTRY_OF_MANUFACTURE_OR_IMPORT);
        }
        return new MarkingAssessment(missingMarkings, missingForTrace, imported, identification.isAntique());
    }
}
