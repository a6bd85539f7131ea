package org.salwmonitor.core.casefile;

import java.time.LocalDate;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.weapon.FirearmIdentification;

/**
 * A firearm that a state recorded as lost or stolen, against which seized, found and surrendered firearms
 * can be matched by serial number (as iARMS matches queries against its records of lost and stolen
 * firearms).
 *
 * @param id        the report's reference, in the format of {@link CaseEvent#id()}; stored stripped
 * @param country   the state that recorded the loss, not null
 * @param date      the date of the loss or theft (or of its discovery, if that is all that is known), not null,
 *                  in the years {@value CaseEvent#MIN_YEAR} to {@value CaseEvent#MAX_YEAR}
 * @param kind      lost or stolen, not null
 * @param firearm   the identification of the firearm, not null, with a serial number (without one the record
 *                  could never be matched)
 */
public record LossReport(String id, Country country, LocalDate date, LossKind kind, FirearmIdentification firearm) {

    /** Validates every field. */
    public LossReport {
        id = References.require(id, "id");
        Require.nonNull(country, "country");
        Require.nonNull(date, "date");
        Require.between(date.getYear(), CaseEvent.MIN_YEAR, CaseEvent.MAX_YEAR, "date year");
        Require.nonNull(kind, "kind");
        Require.nonNull(firearm, "firearm");
        Require.that(firearm.serial() != null,
                "firearm must have a serial number to be matched, was an identification without serial");
    }
}
