package org.salwmonitor.reports.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CaseEvent;
import org.salwmonitor.core.casefile.CaseStage;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.ItemLine;
import org.salwmonitor.core.casefile.LegalJustification;
import org.salwmonitor.core.casefile.LossKind;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.Classification;
import org.salwmonitor.reports.ReportMetadata;

/**
 * Everything the restricted case digest shows: anonymised case summaries, cross-border match sets,
 * tracing requests by requested state and the SDG 16.4.2 reconciliation of records with national
 * statistics. Language-neutral: the same model renders in English and Russian.
 *
 * <p><b>Persons.</b> The model has no field that could hold a person: a case carries the number of persons
 * linked to it, nothing else (no name, no pseudonym, no nationality or age). Identifiers are the source
 * systems' identifiers of events and records, in the Latin format of core-model's case references.
 *
 * <p><b>Invariants.</b> The metadata is marked {@link Classification#RESTRICTED}. Every case lies within the
 * report's years in a member of its region, and so does every reconciliation row. Event ids, match-set ids,
 * requested states and reconciliation state-years are unique. If any case or match record is synthetic, the
 * metadata is marked synthetic whatever the caller said, so every page then says so.
 *
 * <p><b>Order.</b> The lists are kept in the order they are printed: cases by the region's member order, date
 * and event id; match sets by id, their records by date and record id; tracing rows by requested state;
 * reconciliation rows by the region's member order and year.
 *
 * @param metadata   the report metadata, not null, classification {@code RESTRICTED}
 * @param cases      the case summaries, not null, no null element (may be empty)
 * @param matchSets  the cross-border match sets, not null, no null element (may be empty)
 * @param tracing    the tracing requests by requested state, not null, no null element (may be empty)
 * @param sdg        the SDG 16.4.2 reconciliation by state and year, not null, no null element (may be empty)
 * @param state      the one member state the digest is limited to, or null for the whole region: then every case
 *                   and SDG row is of that state, the match sets each hold a record of it and the tracing rows
 *                   count the requests it sent
 */
public record CaseDigestModel(ReportMetadata metadata, List<CaseSummary> cases, List<MatchSet> matchSets,
        List<TracingByState> tracing, List<SdgReconciliation> sdg, Country state) {

    /** Validates the lists against the metadata, sorts them into printing order and copies them. */
    public CaseDigestModel {
        Check.nonNull(metadata, "metadata");
        Check.that(metadata.classification() == Classification.RESTRICTED,
                "metadata classification must be RESTRICTED for the case digest, was " + metadata.classification());
        Region region = metadata.region();
        Check.that(state == null || region.contains(state), "state must be a member of " + region.code() + ", was "
                + state);
        Comparator<Country> memberOrder = Comparator.comparingInt((Country country) -> region.members().indexOf(country));
        cases = sorted(cases, "cases", Comparator.comparing(CaseSummary::country, memberOrder)
                .thenComparing(CaseSummary::date).thenComparing(CaseSummary::eventId));
        Set<String> eventIds = new HashSet<>();
        for (CaseSummary summary : cases) {
            Check.that(eventIds.add(summary.eventId()), "cases must not list event " + summary.eventId() + " twice");
            Check.that(region.contains(summary.country()), "case " + summary.eventId() + " country must be a member of "
                    + region.code() + ", was " + summary.country());
            Check.that(state == null || state == summary.country(), "case " + summary.eventId()
                    + " country must be the digest's state " + state + ", was " + summary.country());
            int year = summary.date().getYear();
            Check.that(year >= metadata.fromYear() && year <= metadata.toYear(), "case " + summary.eventId()
                    + " date must lie in the report's years " + metadata.fromYear() + " to " + metadata.toYear()
                    + ", was " + summary.date());
        }
        matchSets = sorted(matchSets, "matchSets", Comparator.comparing(MatchSet::setId));
        Set<String> setIds = new HashSet<>();
        for (MatchSet set : matchSets) {
            Check.that(setIds.add(set.setId()), "matchSets must not list set " + set.setId() + " twice");
        }
        tracing = sorted(tracing, "tracing", Comparator.comparing(TracingByState::requestedState));
        Set<Country> requested = new HashSet<>();
        for (TracingByState row : tracing) {
            Check.that(requested.add(row.requestedState()), "tracing must not list requested state "
                    + row.requestedState() + " twice");
        }
        sdg = sorted(sdg, "sdg", Comparator.comparing(SdgReconciliation::state, memberOrder)
                .thenComparingInt(SdgReconciliation::year));
        Set<String> stateYears = new HashSet<>();
        for (SdgReconciliation row : sdg) {
            Check.that(stateYears.add(row.state() + " " + row.year()), "sdg must not list " + row.state() + " "
                    + row.year() + " twice");
            Check.that(region.contains(row.state()), "sdg row state must be a member of " + region.code() + ", was "
                    + row.state());
            Check.that(state == null || state == row.state(), "sdg row state must be the digest's state " + state
                    + ", was " + row.state());
            Check.that(row.year() >= metadata.fromYear() && row.year() <= metadata.toYear(), "sdg row year of "
                    + row.state() + " must lie in the report's years " + metadata.fromYear() + " to "
                    + metadata.toYear() + ", was " + row.year());
        }
        boolean anySynthetic = cases.stream().anyMatch(CaseSummary::synthetic)
                || matchSets.stream().flatMap(set -> set.records().stream()).anyMatch(MatchRecord::synthetic);
        metadata = metadata.withSyntheticIf(anySynthetic);
    }

    /**
     * A digest of the whole region.
     *
     * @see #CaseDigestModel(ReportMetadata, List, List, List, List, Country)
     */
    public CaseDigestModel(ReportMetadata metadata, List<CaseSummary> cases, List<MatchSet> matchSets,
            List<TracingByState> tracing, List<SdgReconciliation> sdg) {
        this(metadata, cases, matchSets, tracing, sdg, null);
    }

    private static <T> List<T> sorted(List<T> values, String field, Comparator<? super T> order) {
        Check.nonNull(values, field);
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(Check.nonNull(value, field + " element"));
        }
        copy.sort(order);
        return List.copyOf(copy);
    }

    /** Returns the states with at least one case, in printing order. */
    public List<Country> caseStates() {
        return cases.stream().map(CaseSummary::country).distinct().toList();
    }

    /**
     * The anonymised summary of one seizure, find or surrender event and the case built on it.
     *
     * @param eventId      the source system's identifier of the event (never of a person), in the format of
     *                     core-model's case references; stored stripped
     * @param country      the state where the event took place, not null
     * @param date         the date of the event, not null
     * @param eventType    seized, found or surrendered, not null
     * @param agencyType   the kind of agency that reported it, not null
     * @param place        the place as recorded (a first-level administrative area or city), or null; at most
     *                     200 characters, stored stripped
     * @param legalBasis   the legal ground of a seizure, or null if none is recorded
     * @param route        the countries of the route in order, origin first, as far as known; not null, no null
     *                     element, empty if not known
     * @param contexts     the criminal contexts established, not null (empty: none established yet); an
     *                     unmodifiable set in declaration order
     * @param stage        the case stage, or null if no criminal case was opened
     * @param items        what came into the authorities' hands, not null
     * @param persons      the number of persons linked to the case, zero or more
     * @param synthetic    true if the record is synthetic sample data
     */
    public record CaseSummary(String eventId, Country country, LocalDate date, EventType eventType,
            AgencyType agencyType, String place, LegalJustification legalBasis, List<Country> route,
            Set<CriminalContext> contexts, CaseStage stage, ItemSummary items, int persons, boolean synthetic) {

        /** The longest accepted place. */
        public static final int MAX_PLACE = 200;

        /** Validates every field and copies the collections. */
        public CaseSummary {
            eventId = Check.id(eventId, "eventId");
            Check.nonNull(country, "country of event " + eventId);
            Check.nonNull(date, "date of event " + eventId);
            Check.nonNull(eventType, "eventType of event " + eventId);
            Check.nonNull(agencyType, "agencyType of event " + eventId);
            place = Check.optionalText(place, "place of event " + eventId, MAX_PLACE);
            route = List.copyOf(Check.nonNull(route, "route of event " + eventId));
            Check.nonNull(contexts, "contexts of event " + eventId);
            contexts = contexts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(contexts));
            Check.nonNull(items, "items of event " + eventId);
            Check.nonNegative(persons, "persons of event " + eventId);
        }

        /**
         * Returns the summary of a core-model event: its persons are counted, and nothing else of them is kept;
         * its offences and the identification of its items (make, model, serial) are left out.
         *
         * @param event      the event, not null
         * @param synthetic  true if the event is synthetic sample data
         * @return the summary, not null
         */
        public static CaseSummary of(CaseEvent event, boolean synthetic) {
            Check.nonNull(event, "event");
            return new CaseSummary(event.id(), event.place().country(), event.date(), event.eventType(),
                    event.agencyType(), event.place().adminArea(), event.legalJustification(),
                    event.route().countries(), event.criminalContexts(), event.stage(), ItemSummary.of(event.items()),
                    event.persons().size(), synthetic);
        }

        /**
         * Returns the case stage of a {@code CASE_STAGE} code of the case-record files ({@code docs/formats.md}
         * §6) or of a core-model {@link CaseStage} name: {@code CONVICTED} is {@code CONVICTION},
         * {@code ACQUITTED} is {@code ACQUITTAL}, {@code DISCONTINUED} is {@code CLOSED}, and {@code NO_CASE}
         * (no criminal case opened) is null.
         *
         * @param code  the code, not null
         * @return the stage, or null for {@code NO_CASE}
         * @throws IllegalArgumentException if the code is none of these
         */
        public static CaseStage stageOf(String code) {
            Check.nonNull(code, "case stage code");
            return switch (code.strip()) {
                case "NO_CASE" -> null;
                case "CONVICTED" -> CaseStage.CONVICTION;
                case "ACQUITTED" -> CaseStage.ACQUITTAL;
                case "DISCONTINUED" -> CaseStage.CLOSED;
                default -> {
                    try {
                        yield CaseStage.valueOf(code.strip());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("case stage code must be one of INVESTIGATION, PROSECUTION,"
                                + " TRIAL, CONVICTED, ACQUITTED, DISCONTINUED, NO_CASE or a CaseStage name, was '"
                                + code + "'", e);
                    }
                }
            };
        }
    }

    /**
     * The items of one event, counted: firearms by weapon type and by the state of their serial, parts and
     * rounds of ammunition. No make, model or serial is kept.
     *
     * @param firearms            firearms by weapon type, not null, every count at least 1; an unmodifiable map
     *                            in the order of {@link WeaponType}
     * @param serialsLegible      firearms whose serial was read, zero or more
     * @param serialsObliterated  firearms whose serial was obliterated (whether or not it was partly restored)
     * @param parts               parts and components, zero or more
     * @param rounds              rounds of ammunition, zero or more
     */
    public record ItemSummary(Map<WeaponType, Long> firearms, long serialsLegible, long serialsObliterated,
            long parts, long rounds) {

        /** Validates the counts and copies the map. */
        public ItemSummary {
            Check.nonNull(firearms, "firearms");
            EnumMap<WeaponType, Long> copy = new EnumMap<>(WeaponType.class);
            firearms.forEach((type, count) -> {
                Check.nonNull(type, "firearms weapon type");
                Check.that(count != null && count >= 1, "firearms count of " + type + " must be at least 1, was "
                        + count);
                copy.put(type, count);
            });
            firearms = Collections.unmodifiableMap(copy);
            Check.nonNegative(serialsLegible, "serialsLegible");
            Check.nonNegative(serialsObliterated, "serialsObliterated");
            Check.nonNegative(parts, "parts");
            Check.nonNegative(rounds, "rounds");
            long total = copy.values().stream().mapToLong(Long::longValue).sum();
            Check.that(serialsLegible + serialsObliterated <= total, "serialsLegible " + serialsLegible
                    + " and serialsObliterated " + serialsObliterated + " must not exceed the firearms, " + total);
        }

        /**
         * Returns the summary of core-model item lines. Antique firearms (made before 1900) are not firearms
         * under the UN Firearms Protocol and are left out, as core-model's {@code CaseEvent.totalFirearms()}
         * leaves them out.
         *
         * @param lines  the item lines, not null
         * @return the summary, not null
         */
        public static ItemSummary of(Collection<ItemLine> lines) {
            Builder builder = builder();
            for (ItemLine line : Check.nonNull(lines, "lines")) {
                if (line.countsAsFirearms()) {
                    FirearmIdentification id = line.identification();
                    builder.firearms(line.weaponType(), line.quantity(), id == null ? SerialState.NOT_RECORDED
                            : SerialState.of(id.serialObliterated(), id.serial() != null));
                } else if (line.itemClass() == ItemClass.PARTS_AND_COMPONENTS) {
                    builder.parts(line.quantity());
                } else if (line.itemClass() == ItemClass.AMMUNITION) {
                    builder.rounds(line.quantity());
                }
            }
            return builder.build();
        }

        /**
         * Returns a builder that adds up item rows, for example the rows of a query.
         *
         * @return a new builder, not null
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Returns the number of firearms of all types. */
        public long totalFirearms() {
            return firearms.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Returns the number of firearms whose serial was neither read nor found obliterated. */
        public long serialsNotRecorded() {
            return totalFirearms() - serialsLegible - serialsObliterated;
        }

        /** Returns true if there are no firearms, parts or rounds. */
        public boolean isEmpty() {
            return firearms.isEmpty() && parts == 0 && rounds == 0;
        }

        /** The state of a firearm's serial. */
        public enum SerialState {
            /** The serial was read. */
            LEGIBLE,
            /** The serial was removed or defaced; what could be restored, if anything, does not change that. */
            OBLITERATED,
            /** No serial was recorded. */
            NOT_RECORDED;

            /**
             * Returns the state of a serial from the two facts the case-record files hold.
             *
             * @param obliterated     the {@code SERIAL_OBLITERATED} flag
             * @param serialRecorded  whether a serial was written
             * @return the state, not null
             */
            public static SerialState of(boolean obliterated, boolean serialRecorded) {
                return obliterated ? OBLITERATED : serialRecorded ? LEGIBLE : NOT_RECORDED;
            }
        }

        /** Adds up item rows into an {@link ItemSummary}; not thread-safe. */
        public static final class Builder {

            private final EnumMap<WeaponType, Long> firearms = new EnumMap<>(WeaponType.class);
            private long legible;
            private long obliterated;
            private long parts;
            private long rounds;

            private Builder() {
            }

            /**
             * Adds firearms of one type.
             *
             * @param type      the weapon type, not null ({@link WeaponType#UNKNOWN} if not known)
             * @param quantity  the number of firearms, at least 1
             * @param serial    the state of their serial, not null
             * @return this builder
             */
            public Builder firearms(WeaponType type, long quantity, SerialState serial) {
                Check.nonNull(type, "type");
                Check.nonNull(serial, "serial");
                Check.that(quantity >= 1, "quantity of " + type + " must be at least 1, was " + quantity);
                firearms.merge(type, quantity, Long::sum);
                if (serial == SerialState.LEGIBLE) {
                    legible += quantity;
                } else if (serial == SerialState.OBLITERATED) {
                    obliterated += quantity;
                }
                return this;
            }

            /**
             * Adds parts and components.
             *
             * @param quantity  the number of parts, zero or more
             * @return this builder
             */
            public Builder parts(long quantity) {
                parts += Check.nonNegative(quantity, "parts quantity");
                return this;
            }

            /**
             * Adds rounds of ammunition.
             *
             * @param quantity  the number of rounds, zero or more
             * @return this builder
             */
            public Builder rounds(long quantity) {
                rounds += Check.nonNegative(quantity, "rounds quantity");
                return this;
            }

            /**
             * Returns the summary of what was added.
             *
             * @return the summary, not null
             */
            public ItemSummary build() {
                return new ItemSummary(firearms, legible, obliterated, parts, rounds);
            }
        }
    }

    /**
     * Records that refer to one firearm in two or more jurisdictions, or a seized firearm and the record of
     * its loss or theft.
     *
     * @param setId     the identifier of the set, in the format of core-model's case references; stored stripped
     * @param strength  how the serials agree, not null
     * @param records   the records, at least two, no null element, no record id twice; kept in order of date
     *                  and record id
     */
    public record MatchSet(String setId, MatchStrength strength, List<MatchRecord> records) {

        /** Validates every field and copies the records. */
        public MatchSet {
            setId = Check.id(setId, "setId");
            Check.nonNull(strength, "strength of set " + setId);
            records = sorted(records, "records of set " + setId, Comparator.comparing(MatchRecord::date)
                    .thenComparing(MatchRecord::recordId));
            Check.that(records.size() >= 2, "records of set " + setId + " must hold at least two records, was "
                    + records.size());
            Set<String> ids = new HashSet<>();
            for (MatchRecord record : records) {
                Check.that(ids.add(record.recordId()), "records of set " + setId + " must not list record "
                        + record.recordId() + " twice");
            }
        }

        /** Returns the distinct states of the records, in order of first appearance. */
        public List<Country> states() {
            return records.stream().map(MatchRecord::country).distinct().toList();
        }
    }

    /**
     * One record of a match set: an item of a seizure, find or surrender event, or a record of a firearm lost
     * or stolen. Make, model, calibre and serial are printed exactly as the state wrote them.
     *
     * @param recordId   the source system's id of the item or of the lost-or-stolen record; stored stripped
     * @param eventId    the id of the item's event, or null for a lost-or-stolen record; stored stripped
     * @param eventType  the kind of event of an item, or null for a lost-or-stolen record
     * @param lossKind   lost or stolen for a lost-or-stolen record, or null for an item
     * @param country    the state that holds the record, not null
     * @param place      the place as recorded, or null; at most 200 characters, stored stripped
     * @param date       the date of the event, or of the report of the loss or theft, not null
     * @param make       the make as written, or null
     * @param model      the model as written, or null
     * @param calibre    the calibre as written, or null
     * @param serial     the serial as written, not blank, at most 100 characters
     * @param synthetic  true if the record is synthetic sample data
     */
    public record MatchRecord(String recordId, String eventId, EventType eventType, LossKind lossKind, Country country,
            String place, LocalDate date, String make, String model, String calibre, String serial,
            boolean synthetic) {

        private static final int MAX_TEXT = 100;

        /** Validates every field and that the record is either an item or a lost-or-stolen record. */
        public MatchRecord {
            recordId = Check.id(recordId, "recordId");
            Check.that((eventType == null) == (eventId == null) && (eventType == null) != (lossKind == null),
                    "record " + recordId + " must have an eventId and eventType (an item) or a lossKind (a"
                            + " lost-or-stolen record), was eventId " + eventId + ", eventType " + eventType
                            + ", lossKind " + lossKind);
            eventId = eventId == null ? null : Check.id(eventId, "eventId of record " + recordId);
            Check.nonNull(country, "country of record " + recordId);
            place = Check.optionalText(place, "place of record " + recordId, CaseSummary.MAX_PLACE);
            Check.nonNull(date, "date of record " + recordId);
            make = Check.optionalText(make, "make of record " + recordId, MAX_TEXT);
            model = Check.optionalText(model, "model of record " + recordId, MAX_TEXT);
            calibre = Check.optionalText(calibre, "calibre of record " + recordId, MAX_TEXT);
            serial = Check.optionalText(Check.nonNull(serial, "serial of record " + recordId),
                    "serial of record " + recordId, MAX_TEXT);
        }

        /**
         * Returns the record of an item of an event.
         *
         * @param itemId     the item's id
         * @param eventId    the event's id
         * @param eventType  the kind of event, not null
         * @param country    the state, not null
         * @param place      the place, or null
         * @param date       the date of the event, not null
         * @param make       the make as written, or null
         * @param model      the model as written, or null
         * @param calibre    the calibre as written, or null
         * @param serial     the serial as written, not blank
         * @param synthetic  true if synthetic
         * @return the record, not null
         */
        public static MatchRecord item(String itemId, String eventId, EventType eventType, Country country,
                String place, LocalDate date, String make, String model, String calibre, String serial,
                boolean synthetic) {
            return new MatchRecord(itemId, Check.nonNull(eventId, "eventId of record " + itemId),
                    Check.nonNull(eventType, "eventType of record " + itemId), null, country, place, date, make, model,
                    calibre, serial, synthetic);
        }

        /**
         * Returns a record of a firearm lost or stolen.
         *
         * @param recordId   the record's id
         * @param kind       lost or stolen, not null
         * @param country    the state, not null
         * @param date       the date reported, not null
         * @param make       the make as written, or null
         * @param model      the model as written, or null
         * @param calibre    the calibre as written, or null
         * @param serial     the serial as written, not blank
         * @param synthetic  true if synthetic
         * @return the record, not null
         */
        public static MatchRecord lossReport(String recordId, LossKind kind, Country country, LocalDate date,
                String make, String model, String calibre, String serial, boolean synthetic) {
            return new MatchRecord(recordId, null, null, Check.nonNull(kind, "lossKind of record " + recordId),
                    country, null, date, make, model, calibre, serial, synthetic);
        }
    }

    /**
     * The tracing requests sent to one state: how many were sent, answered (and of those, how many established
     * the illicit origin), are still pending or got no response, and the median time to an answer.
     *
     * @param requestedState      the state asked to trace, not null
     * @param sent                requests sent, zero or more
     * @param answered            requests answered, at most {@code sent} together with pending and no response
     * @param originEstablished   answers that established the illicit origin, at most {@code answered}
     * @param pending             requests awaiting an answer
     * @param noResponse          requests recorded as without response
     * @param medianResponseDays  the median days from sending to answer over the answered requests; empty
     *                            exactly when none was answered; not negative
     */
    public record TracingByState(Country requestedState, long sent, long answered, long originEstablished,
            long pending, long noResponse, OptionalDouble medianResponseDays) {

        /** Validates the counts and their combination. */
        public TracingByState {
            Check.nonNull(requestedState, "requestedState");
            String of = " of requested state " + requestedState;
            Check.nonNegative(sent, "sent" + of);
            Check.nonNegative(answered, "answered" + of);
            Check.nonNegative(originEstablished, "originEstablished" + of);
            Check.nonNegative(pending, "pending" + of);
            Check.nonNegative(noResponse, "noResponse" + of);
            Check.that(answered + pending + noResponse <= sent, "answered " + answered + ", pending " + pending
                    + " and noResponse " + noResponse + of + " must not add up to more than sent, " + sent);
            Check.that(originEstablished <= answered, "originEstablished" + of + " must not exceed answered "
                    + answered + ", was " + originEstablished);
            Check.nonNull(medianResponseDays, "medianResponseDays" + of);
            Check.that(medianResponseDays.isPresent() == (answered > 0), "medianResponseDays" + of
                    + " must be present exactly when a request was answered (answered " + answered + "), was "
                    + medianResponseDays);
            medianResponseDays.ifPresent(days -> Check.that(days >= 0, "medianResponseDays" + of
                    + " must not be negative, was " + days));
        }
    }

    /**
     * SDG 16.4.2 of one state and year twice: computed from the item-level outcomes of the case records and
     * as reported in the national statistics. Where they differ, the digest lists the difference.
     *
     * @param fromRecords     the rate from the records, not null
     * @param fromStatistics  the rate from the national statistics, not null, same country and year (both
     *                        counts empty if the statistics have none)
     */
    public record SdgReconciliation(Sdg1642Rate fromRecords, Sdg1642Rate fromStatistics) {

        /** Validates that both rates are of the same state and year. */
        public SdgReconciliation {
            Check.nonNull(fromRecords, "fromRecords");
            Check.nonNull(fromStatistics, "fromStatistics");
            Check.that(fromRecords.country().equals(fromStatistics.country())
                    && fromRecords.year() == fromStatistics.year(), "fromStatistics must be of the state and year of"
                            + " fromRecords, " + fromRecords.country() + " " + fromRecords.year() + ", was "
                            + fromStatistics.country() + " " + fromStatistics.year());
        }

        /** Returns the state. */
        public Country state() {
            return fromRecords.country();
        }

        /** Returns the year. */
        public int year() {
            return fromRecords.year();
        }

        /**
         * Returns the rate from the records minus the rate from the statistics, in percentage points.
         *
         * @return the difference, or empty if either rate is not available
         */
        public OptionalDouble differencePoints() {
            OptionalDouble records = fromRecords.percent();
            OptionalDouble statistics = fromStatistics.percent();
            return records.isPresent() && statistics.isPresent()
                    ? OptionalDouble.of(records.getAsDouble() - statistics.getAsDouble()) : OptionalDouble.empty();
        }
    }
}
