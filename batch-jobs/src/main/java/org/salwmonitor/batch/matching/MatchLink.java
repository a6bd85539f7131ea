package org.salwmonitor.batch.matching;

import java.util.List;

/**
 * Two records found to refer to the same firearm.
 *
 * @param first     the {@linkplain MatchedRecord#reference() reference} of one record, not null
 * @param second    the reference of the other, not null; {@code first} sorts before {@code second}
 * @param strength  how strong the link is, not null
 * @param remarks   what a reviewer should know, in the order of {@link MatchRemark}, not null
 */
public record MatchLink(String first, String second, MatchStrength strength, List<MatchRemark> remarks) {

    /** Copies the remarks. */
    public MatchLink {
        remarks = List.copyOf(remarks);
    }
}
