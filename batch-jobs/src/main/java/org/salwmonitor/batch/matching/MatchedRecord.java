package org.salwmonitor.batch.matching;

import java.time.LocalDate;

/**
 * One record of a match set: a firearm item line with its event, or a lost or stolen record. Values are as
 * stored (as written in the source file); restricted, case-level data.
 *
 * @param kind        where the record comes from, not null
 * @param recordId    the item's {@code ITEM_ID} or the lost or stolen record's {@code RECORD_ID}, not null
 * @param eventId     the event of an item, null for a lost or stolen record
 * @param area        the country of the event or of the report (ISO 3166-1 alpha-2), not null
 * @param date        the event date or the date the loss or theft was reported, not null
 * @param occurrence  {@code SEIZED}, {@code FOUND} or {@code SURRENDERED} for an item, {@code LOST} or
 *                    {@code STOLEN} otherwise, not null
 * @param weaponType  the weapon type code, or null
 * @param make        the make as written, or null
 * @param model       the model as written, or null
 * @param calibre     the calibre as written, or null
 * @param serial      the serial as written, not null
 * @param serialKey   the serial's matching key, not null
 * @param synthetic   whether the record is synthetic (sample data)
 */
public record MatchedRecord(RecordKind kind, String recordId, String eventId, String area, LocalDate date,
        String occurrence, String weaponType, String make, String model, String calibre, String serial,
        String serialKey, boolean synthetic) {

    /** Returns the identifier that is unique across both kinds: kind and record id, such as {@code ITEM:IT00000001}. */
    public String reference() {
        return kind + ":" + recordId;
    }
}
