package org.salwmonitor.core.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * An event in which arms came into the hands of the authorities (seized, found or surrendered), with the case
 * built on it: items, route, pseudonymous persons, offences and the procedural stage.
 *
 * <p>Case-level data is for law-enforcement exchange only; it must never appear in a public report, where
 * only aggregates are published.
 *
 * <p><b>Dates.</b> The date must lie between {@value #MIN_YEAR}-01-01 and {@value #MAX_YEAR}-12-31. The model
 * has no clock, so it does not reject dates in the future; an import that knows today's date should.
 *
 * <p><b>Stage changes.</b> {@link #moveTo(CaseStage)} returns a copy at the next stage and rejects a
 * transition that {@link CaseStage#canMoveTo(CaseStage)} forbids.
 *
 * @param id                  the case reference: 3 to 40 upper-case Latin letters, digits or the separators
 *                            {@code - / . _}, starting and ending with a letter or digit; stored stripped
 * @param eventType           seized, found or surrendered, not null
 * @param date                the date of the event, not null, within the years above
 * @param place               where it happened, not null
 * @param agencyType          the kind of reporting agency, not null
 * @param legalJustification  the legal ground of the seizure, not null
 * @param criminalContexts    the criminal contexts established so far, not null, may be empty (contexts are
 *                            often established later); an unmodifiable set in declaration order
 * @param items               the item lines, at least one, no null, unique line numbers, in the given order
 * @param route               the route, not null ({@link Route#unknown()} if nothing is known)
 * @param persons             the persons involved, not null, may be empty, no pseudonym twice
 * @param offences            the offences, not null, may be empty, no reference twice
 * @param stage               the case stage, not null
 */
public record CaseEvent(String id, EventType eventType, LocalDate date, Place place, AgencyType agencyType,
        LegalJustification legalJustification, Set<CriminalContext> criminalContexts, List<ItemLine> items,
        Route route, List<Person> persons, List<OffenceReference> offences, CaseStage stage) {

    /** The earliest accepted year of an event. */
    public static final int MIN_YEAR = 1900;
    /** The latest accepted year of an event. */
    public static final int MAX_YEAR = 2100;

    /** Validates every field and copies the collections. */
    public CaseEvent {
        id = References.require(id, "id");
        Require.nonNull(eventType, "eventType");
        Require.nonNull(date, "date");
        Require.between(date.getYear(), MIN_YEAR, MAX_YEAR, "date year");
        Require.nonNull(place, "place");
        Require.nonNull(agencyType, "agencyType");
        Require.nonNull(legalJustification, "legalJustification");
        List<CriminalContext> contexts = Require.copyOf(criminalContexts, "criminalContexts");
        criminalContexts = contexts.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(contexts));
        items = Require.copyOf(items, "items");
        Require.that(!items.isEmpty(), "items must hold at least one line, was empty");
        Set<Integer> lineNumbers = new HashSet<>();
        for (ItemLine item : items) {
            Require.that(lineNumbers.add(item.lineNumber()),
                    "items must have unique line numbers, was line " + item.lineNumber() + " twice");
        }
        Require.nonNull(route, "route");
        persons = Require.copyOf(persons, "persons");
        Set<Pseudonym> pseudonyms = new HashSet<>();
        for (Person person : persons) {
            Require.that(pseudonyms.add(person.pseudonym()),
                    "persons must not list a pseudonym twice, was " + person.pseudonym() + " twice");
        }
        offences = Require.copyOf(offences, "offences");
        Require.that(new HashSet<>(offences).size() == offences.size(),
                "offences must not list a reference twice, was " + offences);
        Require.nonNull(stage, "stage");
    }

    /**
     * Returns the item line with this number, if any.
     *
     * @param lineNumber  the line number
     * @return the line, or empty
     */
    public Optional<ItemLine> item(int lineNumber) {
        return items.stream().filter(item -> item.lineNumber() == lineNumber).findFirst();
    }

    /**
     * Returns the number of firearms: the sum of quantities of the lines that {@linkplain
     * ItemLine#countsAsFirearms() count as firearms}. Antique firearms (identified as made before 1900) are
     * left out, as the UN Firearms Protocol excludes them.
     *
     * @return the number of firearms, zero or more
     */
    public long totalFirearms() {
        return items.stream().filter(ItemLine::countsAsFirearms).mapToLong(ItemLine::quantity).sum();
    }

    /**
     * Returns the number of parts and components: the sum of quantities of the parts lines.
     *
     * @return the number of parts, zero or more
     */
    public long totalParts() {
        return sumOf(ItemClass.PARTS_AND_COMPONENTS);
    }

    /**
     * Returns the number of rounds of ammunition: the sum of quantities of the ammunition lines.
     *
     * @return the number of rounds, zero or more
     */
    public long totalRounds() {
        return sumOf(ItemClass.AMMUNITION);
    }

    /**
     * Tells whether the items crossed, or were to cross, a border: the known countries of the route together
     * with the country of the event hold at least two distinct countries. An unknown route never crosses a
     * border.
     *
     * @return true if a border is involved
     */
    public boolean crossesBorder() {
        Set<Country> countries = new HashSet<>(route.countries());
        if (countries.isEmpty()) {
            return false;
        }
        countries.add(place.country());
        return countries.size() > 1;
    }

    /**
     * Returns a copy at the next case stage.
     *
     * @param next  the next stage, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the current stage cannot move to {@code next}; the message names
     *         both and the allowed stages
     */
    public CaseEvent moveTo(CaseStage next) {
        Require.nonNull(next, "next");
        Require.that(stage.canMoveTo(next), "stage cannot move from " + stage + " to " + next + "; allowed from "
                + stage + ": " + stage.allowedNext());
        return new CaseEvent(id, eventType, date, place, agencyType, legalJustification, criminalContexts, items,
                route, persons, offences, next);
    }

    /**
     * Returns a copy with these criminal contexts, which are often established after the event.
     *
     * @param contexts  the contexts, not null, may be empty
     * @return the copy, not null
     */
    public CaseEvent withCriminalContexts(Set<CriminalContext> contexts) {
        return new CaseEvent(id, eventType, date, place, agencyType, legalJustification, contexts, items, route,
                persons, offences, stage);
    }

    private long sumOf(ItemClass itemClass) {
        return items.stream().filter(item -> item.itemClass() == itemClass).mapToLong(ItemLine::quantity).sum();
    }
}
