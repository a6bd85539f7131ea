package org.salwmonitor.batch.digest;

import static org.salwmonitor.batch.db.Tables.CASE_EVENT;
import static org.salwmonitor.batch.db.Tables.CASE_EVENT_PERSON;
import static org.salwmonitor.batch.db.Tables.CASE_ITEM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.LegalJustification;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.ItemSummary;

/**
 * Reads the anonymised case summaries of the restricted digest: one per event of the region and years, its
 * items counted in SQL (GROUP BY event, class, weapon type and serial state) and its persons only counted,
 * never read — the digest has no place for a pseudonym.
 */
@Component
public class CaseSummaries {

    private final DSLContext dsl;

    /**
     * Creates the reader.
     *
     * @param dsl  the jOOQ context of the application's database, not null
     */
    public CaseSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Loads the case summaries of a region and years.
     *
     * @param region    the region, not null
     * @param fromYear  the first year
     * @param toYear    the last year
     * @return the summaries, in no particular order (the digest model sorts them)
     */
    public List<CaseSummary> load(Region region, int fromYear, int toYear) {
        return load(region.members(), fromYear, toYear);
    }

    /**
     * Loads the case summaries of some states and years.
     *
     * @param states    the states whose events to read, not null
     * @param fromYear  the first year
     * @param toYear    the last year
     * @return the summaries, in no particular order (the digest model sorts them)
     */
    public List<CaseSummary> load(Collection<Country> states, int fromYear, int toYear) {
        Condition inScope = CASE_EVENT.REF_AREA.in(states.stream().map(Country::alpha2).toList())
                .and(CASE_EVENT.EVENT_DATE.between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)));

        Map<String, ItemSummary.Builder> items = new HashMap<>();
        Field<java.math.BigDecimal> quantity = DSL.sum(CASE_ITEM.QUANTITY);
        Field<Boolean> serialRecorded = DSL.field(CASE_ITEM.SERIAL.isNotNull().and(DSL.trim(CASE_ITEM.SERIAL).ne(DSL.inline(""))));
        for (Record row : dsl.select(CASE_ITEM.EVENT_ID, CASE_ITEM.ITEM_CLASS, CASE_ITEM.WEAPON_TYPE,
                        CASE_ITEM.SERIAL_OBLITERATED, serialRecorded, quantity)
                .from(CASE_ITEM).join(CASE_EVENT).on(CASE_EVENT.EVENT_ID.eq(CASE_ITEM.EVENT_ID))
                .where(inScope)
                .groupBy(CASE_ITEM.EVENT_ID, CASE_ITEM.ITEM_CLASS, CASE_ITEM.WEAPON_TYPE, CASE_ITEM.SERIAL_OBLITERATED,
                        serialRecorded)
                .fetch()) {
            ItemSummary.Builder builder = items.computeIfAbsent(row.get(CASE_ITEM.EVENT_ID), id -> ItemSummary.builder());
            long count = row.get(quantity).longValueExact();
            switch (ItemClass.valueOf(row.get(CASE_ITEM.ITEM_CLASS))) {
                case FIREARM -> builder.firearms(weaponType(row.get(CASE_ITEM.WEAPON_TYPE)), count,
                        ItemSummary.SerialState.of(row.get(CASE_ITEM.SERIAL_OBLITERATED), row.get(serialRecorded)));
                case AMMUNITION -> builder.rounds(count);
                default -> builder.parts(count);
            }
        }

        Map<String, Integer> persons = new HashMap<>();
        Field<Integer> linked = DSL.count();
        dsl.select(CASE_EVENT_PERSON.EVENT_ID, linked).from(CASE_EVENT_PERSON)
                .join(CASE_EVENT).on(CASE_EVENT.EVENT_ID.eq(CASE_EVENT_PERSON.EVENT_ID))
                .where(inScope).groupBy(CASE_EVENT_PERSON.EVENT_ID)
                .forEach(row -> persons.put(row.value1(), row.value2()));

        List<CaseSummary> summaries = new ArrayList<>();
        for (var event : dsl.selectFrom(CASE_EVENT).where(inScope).fetch()) {
            String id = event.getEventId();
            summaries.add(new CaseSummary(id, Country.of(event.getRefArea()), event.getEventDate(),
                    EventType.valueOf(event.getEvent()), AgencyType.valueOf(event.getAgency()), event.getPlace(),
                    event.getLegalBasis() == null ? null : LegalJustification.valueOf(event.getLegalBasis()),
                    Arrays.stream(event.getRoute()).map(String::strip).map(Country::of).toList(),
                    contexts(event.getContexts()), CaseSummary.stageOf(event.getCaseStage()),
                    items.getOrDefault(id, ItemSummary.builder()).build(), persons.getOrDefault(id, 0),
                    event.getSynthetic()));
        }
        return summaries;
    }

    private static WeaponType weaponType(String code) {
        return code == null || code.isBlank() ? WeaponType.UNKNOWN : WeaponType.valueOf(code);
    }

    private static Set<CriminalContext> contexts(String[] codes) {
        Set<CriminalContext> contexts = EnumSet.noneOf(CriminalContext.class);
        for (String code : codes) {
            contexts.add(CriminalContext.valueOf(code));
        }
        return contexts;
    }
}
