package org.salwmonitor.batch.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.reports.Classification;
import org.salwmonitor.reports.ReportMetadata;
import org.salwmonitor.reports.SourceFile;
import org.salwmonitor.reports.StatisticsAggregates;

/**
 * Everything the reports of one region and span of years need, as loaded from the database by
 * {@link ReportData}: the statistics as aggregates computed in the database, the legal records as they are.
 *
 * @param region                 the region, not null
 * @param fromYear               the first year
 * @param toYear                 the last year, not before {@code fromYear}
 * @param observationCount       how many annual national observations of the members fall in those years
 * @param aggregates             the aggregates of those observations that the reports print, not null
 * @param participations         the recorded participation of the members in instruments, not null
 * @param submissions            the recorded report submissions of the members that carry a date, not null
 * @param submissionsWithoutDate the submissions left out because their date of receipt is not known
 * @param sources                the files the rows came from, for the data sources annex, not null
 * @param dataAsOf               the day of the latest update of an observation used, not null
 * @param synthetic              true if any row used is synthetic sample data
 */
public record ReportInputs(Region region, int fromYear, int toYear, long observationCount,
        StatisticsAggregates aggregates, List<Participation> participations, List<ReportSubmission> submissions, long submissionsWithoutDate,
        List<SourceFile> sources, LocalDate dataAsOf, boolean synthetic) {

    /** Validates the fields and copies the lists. */
    public ReportInputs {
        Objects.requireNonNull(region, "region must not be null");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear must not be before fromYear " + fromYear + ", was " + toYear);
        }
        Objects.requireNonNull(aggregates, "aggregates must not be null");
        participations = List.copyOf(participations);
        submissions = List.copyOf(submissions);
        sources = List.copyOf(sources);
        Objects.requireNonNull(dataAsOf, "dataAsOf must not be null");
    }

    /**
     * Returns the metadata of a public report on these inputs.
     *
     * @param generatedAt  when the report is generated, not null
     * @return the metadata, not null
     */
    public ReportMetadata metadata(ZonedDateTime generatedAt) {
        return new ReportMetadata(region, fromYear, toYear, Classification.PUBLIC, generatedAt, dataAsOf, synthetic,
                sources);
    }
}
