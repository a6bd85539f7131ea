package org.salwmonitor.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.salwmonitor.batch.matching.MatchRules.Agreement;

class MatchRulesTest {

    private final MatchRules rules = new MatchRules();

    private static Candidate candidate(String id, String type, String make, String model, String calibre,
            String serial, List<String> manufacturers) {
        String key = serial.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        MatchedRecord record = new MatchedRecord(RecordKind.ITEM, id, "E" + id, "KZ", LocalDate.of(2020, 1, 1),
                "SEIZED", type, make, model, calibre, serial, key, true);
        return new Candidate(record, model == null ? "" : model.replaceAll("[^A-Za-z0-9]", "").toUpperCase(),
                make == null ? "" : make.toUpperCase(), manufacturers);
    }

    private static Candidate akm(String id, String make, String calibre, String serial, String... manufacturers) {
        return candidate(id, "ASSAULT_RIFLE", make, "AKM", calibre, serial, List.of(manufacturers));
    }

    @Nested
    class Calibres {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "7.62x39     | 7,62х39      | IDENTICAL",
            "9mm Luger   | 9x19         | IDENTICAL",
            "9 мм        | 9x19         | COMPATIBLE",
            "12          | 12 ga        | COMPATIBLE",
            "9 mm P.A.K. | 9mm PAK      | IDENTICAL",
            "9 mm P.A.K. | 9mm PA       | COMPATIBLE",
            "7,62 наган  | 7.62x38R     | COMPATIBLE",
            "7.62x39     | .308 Win     | NOT_COMPARED",
            "unknown     | 7.62x39      | NOT_COMPARED",
            "''          | 7.62x39      | NOT_COMPARED",
            "7.62x39     | 5.45x39      | CONTRADICTORY",
            "9x18        | 9x19         | CONTRADICTORY",
            "12 ga       | 16 ga        | CONTRADICTORY",
            "12          | 16 ga        | CONTRADICTORY",
            "12 ga       | 9x18         | CONTRADICTORY",
            "12.7x108    | 12           | CONTRADICTORY"})
        void areComparedByCanonicalFormThenByBore(String a, String b, Agreement expected) {
            assertThat(rules.calibres(a, b)).isEqualTo(expected);
            assertThat(rules.calibres(b, a)).isEqualTo(expected);
        }
    }

    @Nested
    class SameKey {

        @Test
        void linksRecordsOfOneModelEvenWhenTheirMakesNameDifferentManufacturers() {
            // given
            Candidate a = akm("1", "Izhmash", "7.62x39", "PX 950209", "IZHMASH");
            Candidate b = akm("2", "Tula", "7,62х39", "PX950209", "TULA_ARMS_PLANT");
            // when
            Optional<MatchLink> link = rules.judge(a, b, false);
            // then
            assertThat(link).get().satisfies(l -> {
                assertThat(l.strength()).isEqualTo(MatchStrength.SAME_KEY);
                assertThat(l.remarks()).containsExactly(MatchRemark.MAKES_DIFFER);
                assertThat(l.first()).isEqualTo("ITEM:1");
            });
        }

        @Test
        void identicalSerialWhenWrittenAlike() {
            assertThat(rules.judge(akm("1", "Izhmash", "7.62x39", " PX 950209"), akm("2", "Ижмаш", "7.62x39",
                    "PX 950209 "), false)).get().extracting(MatchLink::strength)
                    .isEqualTo(MatchStrength.IDENTICAL_SERIAL);
        }

        @Test
        void doesNotLinkDifferentModelsTypesOrContradictoryCalibres() {
            Candidate pistol = candidate("1", "PISTOL_OR_REVOLVER", "Izhevsk Mechanical Plant", "PM", "9x18",
                    "BA 978347", List.of("IZHMEKH"));
            Candidate shotgun = candidate("2", "SHOTGUN", "Baikal", "IZh-27", "12 ga", "BA978347",
                    List.of("IZHMEKH"));
            Candidate shotgunWithoutType = candidate("3", null, "Baikal", "IZh-27", "12 ga", "BA978347",
                    List.of("IZHMEKH"));
            assertThat(rules.judge(pistol, shotgun, false)).isEmpty();
            assertThat(rules.judge(pistol, shotgunWithoutType, false)).isEmpty();
            assertThat(rules.judge(akm("4", "Izhmash", "7.62x39", "X1"), akm("5", "Izhmash", "5.45x39", "X1"), false))
                    .isEmpty();
        }

        @Test
        void withoutAModelTheMakeMustAgree() {
            Candidate noModel = candidate("1", "ASSAULT_RIFLE", "Izhevsk", null, "7.62x39", "PX 950209",
                    List.of("IZHMASH", "IZHMEKH"));
            assertThat(rules.judge(noModel, akm("2", "Izhmash", "7.62x39", "PX950209", "IZHMASH"), false)).get()
                    .extracting(MatchLink::remarks).isEqualTo(List.of(MatchRemark.MODEL_MISSING));
            assertThat(rules.judge(noModel, akm("3", "Tula", "7.62x39", "PX950209", "TULA_ARMS_PLANT"), false))
                    .isEmpty();
            assertThat(rules.judge(noModel, akm("4", "неизвестно", "7.62x39", "PX950209", "UNKNOWN"), false))
                    .isEmpty();
        }
    }

    @Nested
    class OneDigitApart {

        @Test
        void needsIdenticalMakeModelAndCalibre() {
            Candidate a = akm("1", "Izhmash", "7.62x39", "PX 950201", "IZHMASH");
            assertThat(rules.judge(a, akm("2", "Ижмаш", "7,62х39", "PX 950207", "IZHMASH"), true)).get()
                    .extracting(MatchLink::strength).isEqualTo(MatchStrength.ONE_CHARACTER_APART);
            // a city that fits two plants is not an identical make
            assertThat(rules.judge(a, akm("3", "Izhevsk", "7.62x39", "PX 950207", "IZHMASH", "IZHMEKH"), true))
                    .isEmpty();
            assertThat(rules.judge(a, akm("4", "Izhmash", "7.62 mm", "PX 950207", "IZHMASH"), true)).isEmpty();
            assertThat(rules.judge(a, akm("5", null, "7.62x39", "PX 950207"), true)).isEmpty();
        }
    }

    @Nested
    class Strengths {

        @Test
        void areOrderedAndParsedAsTheCommandLineWritesThem() {
            assertThat(MatchStrength.SAME_KEY.isAtLeast(MatchStrength.ONE_CHARACTER_APART)).isTrue();
            assertThat(MatchStrength.ONE_CHARACTER_APART.isAtLeast(MatchStrength.SAME_KEY)).isFalse();
            assertThat(MatchStrength.parse("one-character-apart")).isEqualTo(MatchStrength.ONE_CHARACTER_APART);
            assertThat(MatchStrength.parse(" SAME_KEY ")).isEqualTo(MatchStrength.SAME_KEY);
            assertThatThrownBy(() -> MatchStrength.parse("close"))
                    .hasMessage("strength must be one of identical-serial, same-key, one-character-apart, was 'close'");
        }
    }
}
