package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.AF;
import static org.salwmonitor.core.casefile.Fixtures.KZ;
import static org.salwmonitor.core.casefile.Fixtures.SUSPECT;
import static org.salwmonitor.core.casefile.Fixtures.TJ;
import static org.salwmonitor.core.casefile.Fixtures.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.WeaponType;

class CaseEventTest {

    private static CaseEvent with(String id, LocalDate date, Set<CriminalContext> contexts, List<ItemLine> items,
            List<Person> persons, List<OffenceReference> offences) {
        CaseEvent e = seizure();
        return new CaseEvent(id, e.eventType(), date, e.place(), e.agencyType(), e.legalJustification(), contexts,
                items, e.route(), persons, offences, e.stage());
    }

    private static CaseEvent withId(String id) {
        CaseEvent e = seizure();
        return with(id, e.date(), e.criminalContexts(), e.items(), e.persons(), e.offences());
    }

    @Nested
    class Creation {

        @Test
        void holdsEveryField() {
            // when
            CaseEvent event = seizure();
            // then
            assertThat(event.id()).isEqualTo("KZ-ALM-2023/0147");
            assertThat(event.eventType()).isEqualTo(EventType.SEIZED);
            assertThat(event.date()).isEqualTo(LocalDate.of(2023, 6, 14));
            assertThat(event.place().adminArea()).isEqualTo("Almaty Region");
            assertThat(event.agencyType()).isEqualTo(AgencyType.BORDER_GUARD);
            assertThat(event.legalJustification()).isEqualTo(LegalJustification.ILLICIT_TRAFFICKING);
            assertThat(event.criminalContexts())
                    .containsExactly(CriminalContext.ORGANIZED_CRIME, CriminalContext.DRUG_TRAFFICKING);
            assertThat(event.items()).extracting(ItemLine::lineNumber).containsExactly(1, 2, 3, 4);
            assertThat(event.persons()).extracting(Person::pseudonym).contains(SUSPECT);
            assertThat(event.offences()).containsExactly(OffenceReference.of(KZ, "UK RK 287", "2"));
            assertThat(event.stage()).isEqualTo(CaseStage.INVESTIGATION);
        }

        @Test
        void stripsTheId() {
            assertThat(withId(" KZ-1/2023 ").id()).isEqualTo("KZ-1/2023");
        }

        @Test
        void acceptsAnEventWithoutContextsPersonsOrOffences() {
            // when
            CaseEvent event = with("KZ-2", LocalDate.of(1900, 1, 1), Set.of(),
                    List.of(ItemLine.firearms(1, 1, WeaponType.UNKNOWN)), List.of(), List.of());
            // then
            assertThat(event.criminalContexts()).isEmpty();
            assertThat(event.persons()).isEmpty();
            assertThat(event.offences()).isEmpty();
        }

        @Test
        void copiesTheCollections() {
            // given
            List<ItemLine> items = new ArrayList<>(seizure().items());
            // when
            CaseEvent event = with("KZ-3", seizure().date(), seizure().criminalContexts(), items, List.of(), List.of());
            items.clear();
            // then
            assertThat(event.items()).hasSize(4);
            assertThatThrownBy(() -> event.items().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.criminalContexts().add(CriminalContext.OTHER))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void findsAnItemByLineNumber() {
            assertThat(seizure().item(2)).map(ItemLine::weaponType).contains(WeaponType.ASSAULT_RIFLE);
            assertThat(seizure().item(9)).isEmpty();
        }

        @Test
        void updatesCriminalContexts() {
            // when
            CaseEvent event = seizure().withCriminalContexts(Set.of(CriminalContext.TERRORISM));
            // then
            assertThat(event.criminalContexts()).containsExactly(CriminalContext.TERRORISM);
            assertThat(event.withCriminalContexts(seizure().criminalContexts())).isEqualTo(seizure());
        }
    }

    @Nested
    class Totals {

        @Test
        void sumsFirearmsPartsAndRounds() {
            // when
            CaseEvent event = seizure();
            // then
            assertThat(event.totalFirearms()).isEqualTo(3);
            assertThat(event.totalParts()).isEqualTo(1);
            assertThat(event.totalRounds()).isEqualTo(450);
        }

        @Test
        void leavesAntiqueFirearmsOut() {
            // given
            List<ItemLine> items = List.of(ItemLine.firearms(1, 2, WeaponType.SHOTGUN),
                    ItemLine.firearms(2, 5, FirearmIdentification.of(WeaponType.RIFLE_OR_CARBINE)
                            .withYearOfManufacture(1891)));
            // when
            CaseEvent event = Fixtures.seizure(items, Route.unknown());
            // then
            assertThat(event.totalFirearms()).isEqualTo(2);
            assertThat(event.totalRounds()).isZero();
            assertThat(event.totalParts()).isZero();
        }
    }

    @Nested
    class Border {

        @Test
        void crossesABorderWhenTheRouteLeavesTheCountryOfTheEvent() {
            assertThat(seizure().crossesBorder()).isTrue();
            assertThat(Fixtures.seizure(seizure().items(), Route.of(TJ, null, List.of(), null)).crossesBorder())
                    .isTrue();
        }

        @Test
        void doesNotCrossABorderOnADomesticRoute() {
            assertThat(Fixtures.seizure(seizure().items(), Route.of(KZ, KZ, List.of(), KZ)).crossesBorder()).isFalse();
        }

        @Test
        void doesNotCrossABorderOnAnUnknownRoute() {
            assertThat(Fixtures.seizure(seizure().items(), Route.unknown()).crossesBorder()).isFalse();
        }

        @Test
        void crossesABorderOnARouteAbroad() {
            assertThat(Fixtures.seizure(seizure().items(), Route.of(AF, null, List.of(), null)).crossesBorder())
                    .isTrue();
        }
    }

    @Nested
    class Stage {

        @Test
        void movesAlongTheAllowedPath() {
            // when
            CaseEvent convicted = seizure().moveTo(CaseStage.PROSECUTION).moveTo(CaseStage.TRIAL)
                    .moveTo(CaseStage.CONVICTION);
            // then
            assertThat(convicted.stage()).isEqualTo(CaseStage.CONVICTION);
            assertThat(convicted.moveTo(CaseStage.CLOSED).stage()).isEqualTo(CaseStage.CLOSED);
            assertThat(convicted.items()).isEqualTo(seizure().items());
        }

        @Test
        void rejectsAForbiddenTransitionNamingTheAllowedOnes() {
            assertThatThrownBy(() -> seizure().moveTo(CaseStage.TRIAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("stage cannot move from INVESTIGATION to TRIAL; allowed from INVESTIGATION:"
                            + " [PROSECUTION, CLOSED]");
        }

        @Test
        void rejectsLeavingClosed() {
            assertThatThrownBy(() -> seizure().moveTo(CaseStage.CLOSED).moveTo(CaseStage.INVESTIGATION))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("stage cannot move from CLOSED to INVESTIGATION; allowed from CLOSED: []");
        }

        @Test
        void rejectsNullStage() {
            assertThatThrownBy(() -> seizure().moveTo(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("next must not be null");
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest(name = "rejects id ''{0}''")
        @ValueSource(strings = {"", "K1", "kz-2023-1", "KZ 2023 1", "-KZ2023", "KZ2023-", "УД-2023-1",
            "A23456789012345678901234567890123456789012"})
        void rejectsMalformedIds(String id) {
            assertThatThrownBy(() -> withId(id))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id must be 3 to 40 upper-case Latin letters, digits or the separators - / . _,"
                            + " starting and ending with a letter or digit, was '" + id + "'");
        }

        @Test
        void rejectsNullId() {
            assertThatThrownBy(() -> withId(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("id must not be null");
        }

        @Test
        void rejectsMissingEventType() {
            CaseEvent e = seizure();
            assertThatThrownBy(() -> new CaseEvent(e.id(), null, e.date(), e.place(), e.agencyType(),
                    e.legalJustification(), e.criminalContexts(), e.items(), e.route(), e.persons(), e.offences(),
                    e.stage()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("eventType must not be null");
        }

        @Test
        void rejectsMissingDate() {
            assertThatThrownBy(() -> with("KZ-1", null, Set.of(), seizure().items(), List.of(), List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("date must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1899-12-31", "2101-01-01"})
        void rejectsDatesOutOfRange(String date) {
            LocalDate parsed = LocalDate.parse(date);
            assertThatThrownBy(() -> with("KZ-1", parsed, Set.of(), seizure().items(), List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("date year must be between 1900 and 2100, was " + parsed.getYear());
        }

        @Test
        void rejectsMissingPlace() {
            CaseEvent e = seizure();
            assertThatThrownBy(() -> new CaseEvent(e.id(), e.eventType(), e.date(), null, e.agencyType(),
                    e.legalJustification(), e.criminalContexts(), e.items(), e.route(), e.persons(), e.offences(),
                    e.stage()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("place must not be null");
        }

        @Test
        void rejectsMissingAgencyType() {
            CaseEvent e = seizure();
            assertThatThrownBy(() -> new CaseEvent(e.id(), e.eventType(), e.date(), e.place(), null,
                    e.legalJustification(), e.criminalContexts(), e.items(), e.route(), e.persons(), e.offences(),
                    e.stage()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("agencyType must not be null");
        }

        @Test
        void rejectsMissingLegalJustification() {
            CaseEvent e = seizure();
            assertThatThrownBy(() -> new CaseEvent(e.id(), e.eventType(), e.date(), e.place(), e.agencyType(),
                    null, e.criminalContexts(), e.items(), e.route(), e.persons(), e.offences(), e.stage()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("legalJustification must not be null");
        }

        @Test
        void rejectsNullContexts() {
            assertThatThrownBy(() -> seizure().withCriminalContexts(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("criminalContexts must not be null");
        }

        @Test
        void rejectsNoItems() {
            assertThatThrownBy(() -> Fixtures.seizure(List.of(), Route.unknown()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("items must hold at least one line, was empty");
        }

        @Test
        void rejectsNullItem() {
            assertThatThrownBy(() -> Fixtures.seizure(Arrays.asList(ItemLine.ammunition(1, 5, null), null),
                    Route.unknown()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageStartingWith("items must not contain null, was ");
        }

        @Test
        void rejectsDuplicateLineNumbers() {
            assertThatThrownBy(() -> Fixtures.seizure(List.of(ItemLine.ammunition(1, 5, null),
                    ItemLine.firearms(2, 1, WeaponType.SHOTGUN), ItemLine.firearms(1, 1, WeaponType.SHOTGUN)),
                    Route.unknown()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("items must have unique line numbers, was line 1 twice");
        }

        @Test
        void rejectsMissingRoute() {
            assertThatThrownBy(() -> Fixtures.seizure(seizure().items(), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("route must not be null");
        }

        @Test
        void rejectsAPseudonymTwice() {
            List<Person> persons = List.of(new Person(SUSPECT, PersonRole.SUSPECT, TJ, AgeBand.UNKNOWN),
                    new Person(SUSPECT, PersonRole.WITNESS, TJ, AgeBand.UNKNOWN));
            assertThatThrownBy(() -> with("KZ-1", seizure().date(), Set.of(), seizure().items(), persons, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("persons must not list a pseudonym twice, was " + SUSPECT + " twice");
        }

        @Test
        void rejectsNullPersons() {
            assertThatThrownBy(() -> with("KZ-1", seizure().date(), Set.of(), seizure().items(), null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("persons must not be null");
        }

        @Test
        void rejectsAnOffenceTwice() {
            List<OffenceReference> offences = List.of(OffenceReference.of(KZ, "UK RK 287"),
                    OffenceReference.of(KZ, "UK  RK 287"));
            assertThatThrownBy(() -> with("KZ-1", seizure().date(), Set.of(), seizure().items(), List.of(), offences))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offences must not list a reference twice, was [KZ: UK RK 287, KZ: UK RK 287]");
        }

        @Test
        void rejectsNullOffences() {
            assertThatThrownBy(() -> with("KZ-1", seizure().date(), Set.of(), seizure().items(), List.of(), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("offences must not be null");
        }

        @Test
        void rejectsMissingStage() {
            CaseEvent e = seizure();
            assertThatThrownBy(() -> new CaseEvent(e.id(), e.eventType(), e.date(), e.place(), e.agencyType(),
                    e.legalJustification(), e.criminalContexts(), e.items(), e.route(), e.persons(), e.offences(),
                    null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("stage must not be null");
        }
    }
}
