package org.salwmonitor.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.ObservationValue;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.Source;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.sampledata.SampleData;

/** Reads the synthetic sample dataset of the sample-data module into core-model values, for tests. */
final class SampleInputs {

    static final ZonedDateTime GENERATED = ZonedDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneId.of("UTC"));
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private SampleInputs() {
    }

    static ReportMetadata metadata() {
        return new ReportMetadata(Region.centralAsia(), SampleData.FIRST_YEAR, SampleData.LAST_YEAR,
                Classification.PUBLIC, GENERATED, AS_OF, false, List.of(
                        SourceFile.describe("statistics-central-asia-2014-2024.csv", SampleData.open(SampleData.STATISTICS),
                                LocalDate.of(2025, 3, 1)),
                        SourceFile.describe("submissions.csv", SampleData.open(SampleData.SUBMISSIONS),
                                LocalDate.of(2025, 3, 1))));
    }

    static List<Observation> observations() {
        List<Observation> observations = new ArrayList<>();
        for (String[] f : rows(SampleData.STATISTICS)) {
            SeriesKey key = new SeriesKey(Country.of(f[0]), Indicator.parse(f[2]), Dimensions.parse(f[3], f[4], f[5], f[6]),
                    UnitOfMeasure.valueOf(f[7]));
            ObservationStatus status = ObservationStatus.fromSdmxCode(f[9]);
            ObservationValue value = f[8].isBlank() ? ObservationValue.missing(status)
                    : ObservationValue.count(Long.parseLong(f[8]));
            observations.add(new Observation(key, Period.parse(f[1]), value, status,
                    Confidentiality.fromSdmxCode(f[10]), new Source(f[11], f[12], Boolean.parseBoolean(f[13]))));
        }
        return observations;
    }

    static List<ReportSubmission> submissions() {
        List<ReportSubmission> submissions = new ArrayList<>();
        for (String[] f : rows(SampleData.SUBMISSIONS)) {
            if (!f[3].isBlank()) {
                submissions.add(new ReportSubmission(Country.of(f[0]), ReportingObligation.of(f[1]), Integer.parseInt(f[2]),
                        LocalDate.parse(f[3]), ReportVisibility.valueOf(f[4]), f[5]));
            }
        }
        return submissions;
    }

    static TrendReportModel trendModel() {
        return TrendReportModel.build(metadata(), observations());
    }

    static ComplianceReportModel complianceModel() {
        return ComplianceReportModel.builder(metadata()).observations(observations()).submissions(submissions()).build();
    }

    /** Data rows of a comma-separated file with double-quoted fields, header skipped. */
    static List<String[]> rows(String path) {
        try (InputStream in = SampleData.open(path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
