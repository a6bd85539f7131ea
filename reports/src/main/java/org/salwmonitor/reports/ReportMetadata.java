package org.salwmonitor.reports;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.salwmonitor.core.geo.Region;

/**
 * What a report says about itself: the region and years it covers, its classification marking, when it
 * was generated, how recent its data are, whether any input is synthetic sample data, and the files the
 * data came from.
 *
 * <p>When {@code synthetic} is true every page of the report says that the data are synthetic and not
 * official statistics. The model builders also set it when any observation's source is synthetic, so a
 * caller cannot forget it.
 *
 * @param region          the region reported on, not null
 * @param fromYear        the first year, 1900 to 2100
 * @param toYear          the last year, {@code fromYear} to 2100
 * @param classification  the classification marking, not null
 * @param generatedAt     when the report was generated, with its time zone, not null
 * @param dataAsOf        the day the data were last updated, not null
 * @param synthetic       true if any input is synthetic sample data
 * @param sources         the input files, not null, no null element (may be empty)
 */
public record ReportMetadata(Region region, int fromYear, int toYear, Classification classification,
        ZonedDateTime generatedAt, LocalDate dataAsOf, boolean synthetic, List<SourceFile> sources) {

    /** Validates every field and copies the sources. */
    public ReportMetadata {
        Objects.requireNonNull(region, "region must not be null");
        if (fromYear < 1900 || fromYear > 2100) {
            throw new IllegalArgumentException("fromYear must be between 1900 and 2100, was " + fromYear);
        }
        if (toYear < fromYear || toYear > 2100) {
            throw new IllegalArgumentException("toYear must be between fromYear " + fromYear + " and 2100, was "
                    + toYear);
        }
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        Objects.requireNonNull(dataAsOf, "dataAsOf must not be null");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources must not be null"));
    }

    /**
     * Returns a copy marked synthetic, or this if it already is or {@code anySynthetic} is false.
     *
     * @param anySynthetic  whether any input is synthetic
     * @return the metadata, not null
     */
    public ReportMetadata withSyntheticIf(boolean anySynthetic) {
        return anySynthetic && !synthetic
                ? new ReportMetadata(region, fromYear, toYear, classification, generatedAt, dataAsOf, true, sources)
                : this;
    }

    /** Returns the years covered, in order. */
    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }
}
