package org.salwmonitor.batch.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salwmonitor.batch.shared.FileRefusedException;

/**
 * The four kinds of case-record file ({@code docs/formats.md} §6), in the order they must be loaded: an
 * item names its event, a tracing request its item; lost-or-stolen reports stand alone. A file's kind is
 * told from its header, never from its name.
 */
public enum RecordKind {

    /** Seizure, find and surrender events ({@code events.csv}). */
    EVENTS("case_event", "EVENT_ID", List.of("EVENT_ID", "REF_AREA", "EVENT_DATE", "EVENT", "AGENCY", "PLACE",
            "LEGAL_BASIS", "CONTEXTS", "ROUTE", "PERSON_REFS", "CASE_STAGE", "SYNTHETIC")),
    /** Item lines of events ({@code items.csv}). */
    ITEMS("case_item", "ITEM_ID", List.of("ITEM_ID", "EVENT_ID", "LINE", "ITEM_CLASS", "WEAPON_TYPE", "PART_KIND",
            "MAKE", "MODEL", "CALIBRE", "SERIAL", "SERIAL_OBLITERATED", "MANUFACTURE_COUNTRY", "MANUFACTURE_YEAR",
            "NATIONAL_CATEGORY", "QUANTITY", "UNIT_MEASURE", "SYNTHETIC")),
    /** Tracing requests about firearm items ({@code tracing-requests.csv}). */
    TRACING_REQUESTS("tracing_request", "REQUEST_ID", List.of("REQUEST_ID", "ITEM_ID", "REQUESTING_STATE",
            "REQUESTED_STATE", "CHANNEL", "DATE_SENT", "DATE_ANSWERED", "OUTCOME", "ILLICIT_ORIGIN", "SYNTHETIC")),
    /** Reports of lost or stolen firearms ({@code lost-stolen.csv}). */
    LOST_STOLEN("lost_stolen", "RECORD_ID", List.of("RECORD_ID", "REF_AREA", "DATE_REPORTED", "KIND", "HOLDER",
            "WEAPON_TYPE", "MAKE", "MODEL", "CALIBRE", "SERIAL", "MANUFACTURE_COUNTRY", "SYNTHETIC"));

    /** Load order: events before items before tracing requests; lost-or-stolen last (it needs none). */
    public static final Comparator<RecordKind> LOAD_ORDER = Comparator.comparingInt(Enum::ordinal);

    private final String table;
    private final String idColumn;
    private final List<String> columns;

    RecordKind(String table, String idColumn, List<String> columns) {
        this.table = table;
        this.idColumn = idColumn;
        this.columns = columns;
    }

    /** The table the records go to. */
    public String table() {
        return table;
    }

    /** The column holding the record's identifier, such as {@code EVENT_ID}. */
    public String idColumn() {
        return idColumn;
    }

    /** The columns of the format, in the documented order. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Tells the kind of a file from its header: the kind whose columns the header holds most of. Columns
     * may come in any order; all of them must be there and no other.
     *
     * @param file    the file, for messages
     * @param header  the upper-case column names
     * @return the kind
     * @throws FileRefusedException {@code HEADER_MISSING} if the header is no records header,
     *         {@code COLUMN_MISSING}, {@code COLUMN_UNKNOWN} or {@code COLUMN_REPEATED} otherwise
     */
    public static RecordKind of(Path file, List<String> header) {
        RecordKind best = null;
        int bestShared = 0;
        for (RecordKind kind : values()) {
            int shared = (int) header.stream().filter(kind.columns::contains).distinct().count();
            if (header.contains(kind.idColumn) && shared > bestShared) {
                best = kind;
                bestShared = shared;
            }
        }
        if (best == null || bestShared < best.columns.size() / 2) {
            List<String> headers = new ArrayList<>();
            for (RecordKind kind : values()) {
                headers.add(String.join(",", kind.columns.subList(0, 3)) + ",…");
            }
            throw new FileRefusedException(file, "HEADER_MISSING", "line 1 is not the header of a case-records file:"
                    + " events, items, tracing requests and lost-or-stolen files start with " + String.join(" / ", headers)
                    + " (see docs/formats.md §6)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new FileRefusedException(file, "COLUMN_REPEATED", "the header names column " + column + " twice");
            }
        }
        Set<String> missing = new LinkedHashSet<>(best.columns);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            throw new FileRefusedException(file, "COLUMN_MISSING", "the header of this " + best.label()
                    + " file lacks the column(s) " + String.join(", ", missing));
        }
        Set<String> unknown = new LinkedHashSet<>(header);
        unknown.removeAll(best.columns);
        if (!unknown.isEmpty()) {
            // a column the format does not have is never stored: refused rather than silently dropped
            throw new FileRefusedException(file, "COLUMN_UNKNOWN", "the header of this " + best.label()
                    + " file has column(s) the format does not know: " + String.join(", ", unknown)
                    + "; the columns are " + String.join(",", best.columns));
        }
        return best;
    }

    /** A name for people: {@code events}, {@code items}, {@code tracing requests}, {@code lost-or-stolen}. */
    public String label() {
        return switch (this) {
            case EVENTS -> "events";
            case ITEMS -> "items";
            case TRACING_REQUESTS -> "tracing requests";
            case LOST_STOLEN -> "lost-or-stolen";
        };
    }
}
