package org.salwmonitor.core.casefile;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * A person involved in a case, recorded by pseudonym only.
 *
 * <p><b>There is no name field, on purpose, and none may be added.</b> Case-level data is exchanged between
 * law-enforcement bodies of several states and must never appear in a public report; persons are
 * pseudonymised at the point of entry, and only what analysis needs is kept: role, nationality and an age
 * band. Even these few attributes can single a person out in a small case; reports publish aggregates with
 * small-cell suppression.
 *
 * @param pseudonym    the person's pseudonym, not null
 * @param role         the person's role in the case, not null
 * @param nationality  the person's nationality, or null if not known or stateless
 * @param ageBand      the age band at the date of the event, not null ({@link AgeBand#UNKNOWN} if not known)
 */
public record Person(Pseudonym pseudonym, PersonRole role, Country nationality, AgeBand ageBand) {

    /** Validates every field. */
    public Person {
        Require.nonNull(pseudonym, "pseudonym");
        Require.nonNull(role, "role");
        Require.nonNull(ageBand, "ageBand");
    }

    /**
     * Returns a copy in another role, for example when a suspect is charged.
     *
     * @param role  the new role, not null
     * @return the copy, not null
     */
    public Person withRole(PersonRole role) {
        return new Person(pseudonym, role, nationality, ageBand);
    }
}
