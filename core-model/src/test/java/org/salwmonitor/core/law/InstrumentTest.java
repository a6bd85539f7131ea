package org.salwmonitor.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static Instrument instrument(String code, Year year, Optional<LocalDate> adopted,
            Optional<LocalDate> inForce, String source) {
        return new Instrument(code, "Test treaty", "Тестовый договор", InstrumentKind.TREATY, year, adopted, inForce,
                new EntryIntoForceRule.DaysAfterDeposit(30), true, source);
    }

    @Nested
    class Catalogue {

        @Test
        void shipsTheTenInstrumentsOfTheBrief() {
            // when
            var codes = Instrument.all().stream().map(Instrument::code).toList();
            // then
            assertThat(codes).containsExactly("UNTOC", "FIREARMS_PROTOCOL", "POA", "ITI", "ATT", "UNROCA",
                    "OSCE_SALW", "UNSCR_2370", "UNSCR_2220", "UNSCR_2117");
        }

        @Test
        void attEntersIntoForceNinetyDaysAfterDepositFrom24December2014() {
            // when
            Instrument att = Instrument.of(" att ");
            // then
            assertThat(att.kind()).isEqualTo(InstrumentKind.TREATY);
            assertThat(att.entryIntoForce()).contains(LocalDate.of(2014, 12, 24));
            assertThat(att.adoptionDate()).isEmpty();
            assertThat(att.adoptionYear()).isEqualTo(Year.of(2013));
            assertThat(att.rule()).isEqualTo(new EntryIntoForceRule.DaysAfterDeposit(90));
            assertThat(att.label(Locale.forLanguageTag("ru"))).isEqualTo("Договор о торговле оружием");
        }

        @Test
        void untocHasNoEntryIntoForceBecauseTheBriefGivesNone() {
            assertThat(Instrument.of(Instrument.UNTOC).entryIntoForce()).isEmpty();
        }

        @Test
        void everyEntryCarriesASource() {
            assertThat(Instrument.all()).allSatisfy(instrument -> assertThat(instrument.source()).isNotBlank());
        }

        @Test
        void rejectsUnknownCodeNamingIt() {
            assertThatThrownBy(() -> Instrument.of("NATO"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was 'NATO'");
        }
    }

    @Nested
    class Validation {

        @Test
        void acceptsAValidInstrument() {
            // when
            Instrument instrument = instrument("TEST", Year.of(2001), Optional.of(LocalDate.of(2001, 5, 31)),
                    Optional.of(LocalDate.of(2005, 7, 3)), " a source ");
            // then
            assertThat(instrument.source()).isEqualTo("a source");
        }

        @Test
        void rejectsLowerCaseCode() {
            assertThatThrownBy(() -> instrument("att", Year.of(2013), Optional.empty(), Optional.empty(), "s"))
                    .hasMessage("code must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was 'att'");
        }

        @Test
        void rejectsAdoptionDateOutsideAdoptionYear() {
            assertThatThrownBy(() -> instrument("T", Year.of(2001), Optional.of(LocalDate.of(2002, 1, 1)),
                    Optional.empty(), "s"))
                    .hasMessage("adoptionDate must lie in adoptionYear 2001, was 2002-01-01 for T");
        }

        @Test
        void rejectsEntryIntoForceBeforeAdoption() {
            assertThatThrownBy(() -> instrument("T", Year.of(2001), Optional.of(LocalDate.of(2001, 5, 31)),
                    Optional.of(LocalDate.of(2001, 5, 30)), "s"))
                    .hasMessage("entryIntoForce must not be before adoption, was 2001-05-30 for T");
        }

        @Test
        void rejectsBlankSource() {
            assertThatThrownBy(() -> instrument("T", Year.of(2001), Optional.empty(), Optional.empty(), " "))
                    .hasMessage("source must not be blank, was ' '");
        }

        @Test
        void rejectsNullAdoptionDateOptional() {
            assertThatThrownBy(() -> instrument("T", Year.of(2001), null, Optional.empty(), "s"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("adoptionDate must not be null");
        }
    }
}
