package org.salwmonitor.batch.matching;

import java.util.List;

/**
 * The outcome of one matching run: the match sets and what was looked at to find them.
 *
 * @param minimumStrength  the weakest link kept, not null
 * @param region           the region the sets were chosen for (a set is kept if a record of it is in the region),
 *                         or null for every set
 * @param candidatePairs   pairs of records the database proposed (same key, or keys one digit apart; across a
 *                         border or with a lost or stolen record)
 * @param sets             the match sets, by their number, not null
 * @param synthetic        whether any record shown is synthetic (sample data)
 */
public record MatchReport(MatchStrength minimumStrength, String region, long candidatePairs, List<MatchSet> sets,
        boolean synthetic) {

    /** Copies the sets. */
    public MatchReport {
        sets = List.copyOf(sets);
    }

    /** Returns the number of links over all sets. */
    public long links() {
        return sets.stream().mapToLong(set -> set.links().size()).sum();
    }
}
