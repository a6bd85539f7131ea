package org.salwmonitor.core.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.weapon.Calibre;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;

/** Synthetic test data: no record here describes a real case or person. */
final class Fixtures {

    static final Country KZ = Country.of("KZ");
    static final Country KG = Country.of("KG");
    static final Country TJ = Country.of("TJ");
    static final Country AF = Country.of("AF");
    static final Country RU = Country.of("RU");

    static final Pseudonym SUSPECT = Pseudonym.of("P-0123456789abcdef");
    static final Pseudonym WITNESS = Pseudonym.of("P-fedcba9876543210");

    private Fixtures() {
    }

    static FirearmIdentification akm(String serial) {
        return FirearmIdentification.of(WeaponType.ASSAULT_RIFLE)
                .withModel("AKM")
                .withCalibre(Calibre.parse("7.62x39"))
                .withSerial(SerialNumber.of(serial));
    }

    static Route afghanRoute() {
        return Route.of(AF, TJ, List.of(KG), RU);
    }

    /** A synthetic seizure by border guards in Almaty Region: 2 rifles, 1 identified AKM, 1 barrel, 450 rounds. */
    static CaseEvent seizure() {
        return new CaseEvent("KZ-ALM-2023/0147", EventType.SEIZED, LocalDate.of(2023, 6, 14),
                Place.of(KZ, "Almaty Region"), AgencyType.BORDER_GUARD, LegalJustification.ILLICIT_TRAFFICKING,
                Set.of(CriminalContext.ORGANIZED_CRIME, CriminalContext.DRUG_TRAFFICKING),
                List.of(ItemLine.firearms(1, 2, WeaponType.RIFLE_OR_CARBINE),
                        ItemLine.firearm(2, akm("ТК 1234")),
                        ItemLine.parts(3, 1, PartType.BARREL),
                        ItemLine.ammunition(4, 450, Calibre.parse("7.62x39"))),
                afghanRoute(),
                List.of(new Person(SUSPECT, PersonRole.SUSPECT, TJ, AgeBand.AGE_25_TO_34),
                        new Person(WITNESS, PersonRole.WITNESS, KZ, AgeBand.UNKNOWN)),
                List.of(OffenceReference.of(KZ, "UK RK 287", "2")),
                CaseStage.INVESTIGATION);
    }

    /** The seizure with other items, route and persons. */
    static CaseEvent seizure(List<ItemLine> items, Route route) {
        CaseEvent e = seizure();
        return new CaseEvent(e.id(), e.eventType(), e.date(), e.place(), e.agencyType(), e.legalJustification(),
                e.criminalContexts(), items, route, e.persons(), e.offences(), e.stage());
    }
}
