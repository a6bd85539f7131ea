package org.salwmonitor.batch.records;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated row of a case-records file, normalised for storage: codes as in the code lists, countries as
 * alpha-2 (or {@code SUHH}), text as written (free text stripped), absent values null. {@code line} is the
 * physical line of the row in its file.
 */
public sealed interface RecordRow permits RecordRow.Event, RecordRow.Item, RecordRow.TracingRequest,
        RecordRow.LostStolen {

    /** The physical line of the row in its file (the header is line 1). */
    int line();

    /** The record's identifier, unique in its table. */
    String id();

    /**
     * A seizure, find or surrender. Persons are only their pseudonyms (sorted, distinct); no identifier
     * of the input is kept.
     */
    record Event(int line, String id, String refArea, LocalDate eventDate, String event, String agency, String place,
                 String legalBasis, List<String> contexts, List<String> route, List<String> pseudonyms,
                 String caseStage, boolean synthetic) implements RecordRow {

        /** Copies the lists. */
        public Event {
            contexts = List.copyOf(contexts);
            route = List.copyOf(route);
            pseudonyms = List.copyOf(pseudonyms);
        }
    }

    /** An item line of an event; {@code position} is its LINE within the event. */
    record Item(int line, String id, String eventId, int position, String itemClass, String weaponType,
                String partKind, String make, String model, String calibre, String serial, String serialKey,
                boolean serialObliterated, String manufactureCountry, Integer manufactureYear,
                String nationalCategory, long quantity, String unit, boolean synthetic) implements RecordRow {
    }

    /** A tracing request about a firearm item. */
    record TracingRequest(int line, String id, String itemId, String requestingState, String requestedState,
                          String channel, LocalDate dateSent, LocalDate dateAnswered, String outcome,
                          String illicitOrigin, boolean synthetic) implements RecordRow {
    }

    /** A report of a lost or stolen firearm. */
    record LostStolen(int line, String id, String refArea, LocalDate dateReported, String kind, String holder,
                      String weaponType, String make, String model, String calibre, String serial, String serialKey,
                      String manufactureCountry, boolean synthetic) implements RecordRow {
    }
}
