package org.salwmonitor.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.KeyIndicator;
import org.salwmonitor.reports.PublishedTable;
import org.salwmonitor.reports.TrendReportModel;

/**
 * Writes the published aggregates of a trend report as SDMX-CSV 2.0 (dataflow {@code SALWM:DF_SALW(1.0)},
 * docs/formats.md §3), for exchange with partner agencies.
 *
 * <p>The figures are exactly those of the report's count tables after disclosure control
 * ({@link PublishedTable}, the core model's cell suppressor): the value of every key indicator by country and
 * year, and each country's firearms by weapon type and year summed over the events seized, found and
 * surrendered ({@code EVENT=_T}). A suppressed cell has an empty {@code OBS_VALUE}, {@code OBS_STATUS Q}
 * and {@code CONF_STATUS A} when it is hidden for its own sake (a small count, or the source's
 * confidentiality {@code C} or {@code N}, which is kept), {@code D} when it is hidden to protect another
 * cell. A key indicator stored as missing keeps its missing status ({@code L}, {@code M}, {@code O}) with an
 * empty value; cells without any observation are left out, and table totals are not exported (a regional
 * total has no country code). Every row has {@code ACTION I}. Free text that a spreadsheet would run as a
 * formula is written with a leading apostrophe.
 */
public final class SdmxCsvExport {

    /** The header of SDMX-CSV 2.0 for the project's dataflow. */
    public static final String HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,EVENT,ITEM_CLASS,"
            + "WEAPON_TYPE,CONTEXT,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,SOURCE_AGENCY,"
            + "SOURCE_REF,SYNTHETIC,COMMENT";

    /** Observation statuses from the weakest to the strongest: an aggregate takes its weakest part's. */
    static final List<ObservationStatus> WEAKEST_FIRST = List.of(ObservationStatus.ESTIMATED,
            ObservationStatus.PROVISIONAL, ObservationStatus.BREAK, ObservationStatus.NORMAL);

    private static final int AGENCY_MAX = 100;
    private static final int REFERENCE_MAX = 500;

    private SdmxCsvExport() {
    }

    /**
     * One exported observation.
     *
     * @param key            the series, not null
     * @param year           the year
     * @param value          the published count, or empty when suppressed
     * @param status         the SDMX observation status code
     * @param conf           the SDMX confidentiality status code
     * @param agency         the supplying agency or agencies, not blank
     * @param reference      the source reference, not null
     * @param synthetic      true if any constituent observation is synthetic
     * @param comment        a comment, not null
     */
    public record Row(SeriesKey key, int year, Optional<Long> value, String status, String conf, String agency,
            String reference, boolean synthetic, String comment) {
    }

    /**
     * Where the figures of one exported cell came from, as aggregated in the database over the observations
     * behind it (one for a key indicator, one per event for a weapon type).
     *
     * @param count          the sum of the counts, 0 if none
     * @param storedMissing  true if the cell is one stored observation with a missing status
     * @param status         the SDMX observation status: the missing status of a stored missing observation,
     *                       otherwise the weakest of the parts (estimated, provisional, break, normal)
     * @param conf           the SDMX confidentiality: a stored missing observation's own; otherwise a code that
     *                       is not free ({@code C}, {@code N}, {@code A}) if any part has one, else {@code D} if
     *                       any part has it, else {@code F}
     * @param agencies       the supplying agencies, joined with "; ", not blank
     * @param references     the source references, joined with "; ", not null
     * @param synthetic      true if any part is synthetic
     */
    public record Source(long count, boolean storedMissing, String status, String conf, String agencies,
            String references, boolean synthetic) {
    }

    /**
     * Returns the rows to export: the published cells of the report's count tables.
     *
     * @param model    the trend report model, not null
     * @param sources  where each cell came from, by series key (the key indicator's, or the weapon type's with
     *                 event total) and year, not null
     * @return the rows, key indicators first, then weapon types; not null
     */
    public static List<Row> rows(TrendReportModel model, Map<SeriesKey, Map<Integer, Source>> sources) {
        SuppressionPolicy policy = model.policy();
        List<Row> rows = new ArrayList<>();
        for (TrendReportModel.IndicatorSection section : model.indicators()) {
            KeyIndicator indicator = section.indicator();
            PublishedTable table = section.values();
            for (int i = 0; i < table.rowKeys().size(); i++) {
                SeriesKey key = SeriesKey.of(Country.of(table.rowKeys().get(i)), indicator.indicator(),
                        indicator.dimensions());
                for (int j = 0; j < table.columnKeys().size(); j++) {
                    int year = Integer.parseInt(table.columnKeys().get(j));
                    cell(table, i, j, key, year, sources.getOrDefault(key, Map.of()).get(year), policy, "")
                            .ifPresent(rows::add);
                }
            }
        }
        for (TrendReportModel.CountryProfile profile : model.countries()) {
            if (profile.weaponTypes().isEmpty()) {
                continue;
            }
            PublishedTable table = profile.weaponTypes().get();
            for (int j = 0; j < table.columnKeys().size(); j++) {
                SeriesKey key = weaponTypeKey(profile.country(), WeaponType.valueOf(table.columnKeys().get(j)));
                for (int i = 0; i < table.rowKeys().size(); i++) {
                    int year = Integer.parseInt(table.rowKeys().get(i));
                    if (table.state(i, j) != PublishedTable.State.MISSING) {
                        cell(table, i, j, key, year, sources.getOrDefault(key, Map.of()).get(year), policy,
                                "sum over events seized, found and surrendered").ifPresent(rows::add);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Returns the key under which a country's firearms of a weapon type, summed over the events, are exported.
     *
     * @param country  the country, not null
     * @param type     the weapon type, not null
     * @return the series key (event total), not null
     */
    public static SeriesKey weaponTypeKey(Country country, WeaponType type) {
        return SeriesKey.of(country, Indicator.ITEMS, Dimensions.total().withItemClass(ItemClass.FIREARM)
                .withWeaponType(type));
    }

    /**
     * Writes the published aggregates to a file (UTF-8, no BOM, LF line ends), replacing it.
     *
     * @param model    the trend report model, not null
     * @param sources  where each cell came from, as for {@link #rows}, not null
     * @param file     the file, not null; its folder is created if absent
     * @return the number of observations written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static int write(TrendReportModel model, Map<SeriesKey, Map<Integer, Source>> sources, Path file) {
        List<Row> rows = rows(model, sources);
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                write(rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return rows.size();
    }

    /**
     * Writes rows as SDMX-CSV 2.0, header first.
     *
     * @param rows  the rows, not null
     * @param out   where to write, not null; not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Row> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (Row row : rows) {
            Dimensions dimensions = row.key().dimensions();
            List<String> fields = List.of("dataflow", "SALWM:DF_SALW(1.0)", "I", row.key().area().alpha2(),
                    row.key().indicator().code(), dimensions.code(Dimension.EVENT),
                    dimensions.code(Dimension.ITEM_CLASS), dimensions.code(Dimension.WEAPON_TYPE),
                    dimensions.code(Dimension.CONTEXT), row.key().unit().name(),
                    Integer.toString(row.year()), row.value().map(String::valueOf).orElse(""), row.status(), row.conf(),
                    text(row.agency()), text(row.reference()), Boolean.toString(row.synthetic()), text(row.comment()));
            out.write(String.join(",", fields.stream().map(SdmxCsvExport::quote).toList()));
            out.write('\n');
        }
    }

    private static Optional<Row> cell(PublishedTable table, int row, int column, SeriesKey key, int year,
            Source source, SuppressionPolicy policy, String note) {
        PublishedTable.State state = table.state(row, column);
        if (state == PublishedTable.State.MISSING) {
            // A stored missing value (not reported, not collected...) is passed on with its status; a gap is left out.
            if (source == null || !source.storedMissing()) {
                return Optional.empty();
            }
            return Optional.of(new Row(key, year, Optional.empty(), source.status(), source.conf(),
                    clip(source.agencies(), AGENCY_MAX), clip(source.references(), REFERENCE_MAX), source.synthetic(),
                    note));
        }
        long count = source == null ? 0 : source.count();
        String agency = clip(source == null ? "SALW Monitor" : source.agencies(), AGENCY_MAX);
        String reference = clip(source == null ? "" : source.references(), REFERENCE_MAX);
        boolean synthetic = source != null && source.synthetic();
        if (state == PublishedTable.State.PUBLISHED) {
            String status = source == null ? ObservationStatus.NORMAL.sdmxCode() : source.status();
            return Optional.of(new Row(key, year, Optional.of(table.value(row, column).getAsLong()), status,
                    Confidentiality.FREE.sdmxCode(), agency, reference, synthetic, note));
        }
        String secret = source == null ? Confidentiality.FREE.sdmxCode() : source.conf();
        String conf;
        String why;
        if (policy.isSensitive(count)) {
            conf = Confidentiality.PRIMARY_SMALL_COUNT.sdmxCode();
            why = "suppressed: count below the disclosure threshold of " + policy.threshold();
        } else if (!secret.equals(Confidentiality.FREE.sdmxCode())
                && !secret.equals(Confidentiality.SECONDARY.sdmxCode())) {
            conf = secret;
            why = "suppressed: not free for publication at the source";
        } else {
            conf = Confidentiality.SECONDARY.sdmxCode();
            why = "suppressed: secondary, protects another cell";
        }
        return Optional.of(new Row(key, year, Optional.empty(), ObservationStatus.SUPPRESSED.sdmxCode(), conf,
                agency, reference, synthetic, note.isEmpty() ? why : note + "; " + why));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Defuses a spreadsheet formula in free text (docs/formats.md, rule TEXT_FORMULA). */
    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** RFC 4180: quotes a field holding a comma, a double quote or a line break. */
    private static String quote(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
