package org.salwmonitor.batch.matching;

import java.util.List;

/**
 * Records linked, directly or through one another, into one firearm: the connected component of the links, so
 * that a rifle seen in three countries is one set.
 *
 * @param id         the set's number in this report, such as {@code M0001}; sets are numbered by their earliest
 *                   record, so the number of a set may change when records are added
 * @param weakest    the weakest link of the set, not null
 * @param countries  the countries of its records, sorted, not null
 * @param records    the records, by date and reference, at least two, not null
 * @param links      the links among them, by first and second reference, not null
 */
public record MatchSet(String id, MatchStrength weakest, List<String> countries, List<MatchedRecord> records,
        List<MatchLink> links) {

    /** Copies the lists. */
    public MatchSet {
        countries = List.copyOf(countries);
        records = List.copyOf(records);
        links = List.copyOf(links);
    }
}
