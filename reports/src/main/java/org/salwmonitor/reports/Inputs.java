package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;

import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;

/** Selection of the observations a report uses, and the SDG 16.4.2 tables both reports share. */
final class Inputs {

    private Inputs() {
    }

    /** Annual observations of the region's members within the report's years. */
    static List<Observation> select(ReportMetadata metadata, Collection<Observation> observations) {
        List<Observation> selected = new ArrayList<>();
        for (Observation observation : observations) {
            Period period = observation.period();
            if (period.isAnnual() && period.year() >= metadata.fromYear() && period.year() <= metadata.toYear()
                    && metadata.region().contains(observation.key().area())) {
                selected.add(observation);
            }
        }
        return selected;
    }

    /** The series of a key indicator for a country, empty if none. */
    static Map<Period, Observation> find(SortedMap<SeriesKey, SortedMap<Period, Observation>> series,
            Country country, KeyIndicator indicator) {
        for (Map.Entry<SeriesKey, SortedMap<Period, Observation>> entry : series.entrySet()) {
            if (entry.getKey().area().equals(country) && indicator.matches(entry.getKey())) {
                return entry.getValue();
            }
        }
        return Map.of();
    }

    /** The rate of a country for each year, not available where no input exists. */
    static List<Sdg1642Rate> sdgRates(List<Sdg1642Rate> rates, Country country, List<Integer> years) {
        List<Sdg1642Rate> result = new ArrayList<>();
        for (int year : years) {
            result.add(rates.stream().filter(rate -> rate.country().equals(country) && rate.year() == year)
                    .findFirst()
                    .orElseGet(() -> new Sdg1642Rate(country, year, OptionalLong.empty(), OptionalLong.empty())));
        }
        return result;
    }

    /**
     * Years by (established, not established): the row total is the denominator, so disclosure control
     * protects numerator and denominator together. A year whose rate is not available is missing.
     */
    static PublishedTable sdgCounts(List<Sdg1642Rate> rates, Country country, List<Integer> years,
            SuppressionPolicy policy) {
        List<Sdg1642Rate> own = sdgRates(rates, country, years);
        Long[][] counts = new Long[years.size()][2];
        for (int i = 0; i < own.size(); i++) {
            Sdg1642Rate rate = own.get(i);
            if (rate.reason().isEmpty()) {
                long numerator = rate.numerator().getAsLong();
                counts[i][0] = numerator;
                counts[i][1] = rate.denominator().getAsLong() - numerator;
            }
        }
        return PublishedTable.protect(years.stream().map(String::valueOf).toList(),
                List.of("ESTABLISHED", "NOT_ESTABLISHED"), counts, null, policy);
    }
}
