package org.salwmonitor.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Firearm makes and models seen in Central Asia, with the spellings clerks use for makes and calibres,
 * the national (Russian) category a record would carry, and where and when the model was made. Soviet
 * production before 1992 has the ISO 3166-3 code {@code SUHH}.
 */
final class Catalogue {

    /** One model: several ways to write its make and calibre. */
    record Model(String weaponType, List<String> makes, String model, List<String> calibres, String country,
            int madeFrom, int madeTo, String nationalCategory) {

        /** Manufacture country for a production year: Soviet plants before 1992 are SUHH. */
        String countryIn(int year) {
            return "RU".equals(country) && year < 1992 ? "SUHH" : country;
        }
    }

    static final List<Model> MODELS = List.of(
            m("PISTOL_OR_REVOLVER", "Izhevsk Mechanical Plant|IZHMEKH|Ижмех|Baikal", "PM", "9x18|9х18|9 mm Makarov|9x18 PM", "RU", 1951, 2005, "нарезное короткоствольное"),
            m("PISTOL_OR_REVOLVER", "Tula Arms Plant|TOZ|Тульский оружейный завод", "TT-33", "7.62x25|7,62х25|7.62 Tokarev", "RU", 1933, 1954, "нарезное короткоствольное"),
            m("PISTOL_OR_REVOLVER", "Glock|GLOCK|Glock GmbH", "Glock 17", "9x19|9mm Para|9 мм", "AT", 1985, 2020, "нарезное короткоствольное"),
            m("PISTOL_OR_REVOLVER", "Ceska zbrojovka|CZ|Česká zbrojovka", "CZ 75 B", "9x19|9mm Luger", "CZ", 1976, 2020, "нарезное короткоствольное"),
            m("PISTOL_OR_REVOLVER", "Tula Arms Plant|TOZ", "Nagant M1895", "7.62x38R|7,62 наган", "RU", 1910, 1945, "нарезное короткоствольное"),
            m("PISTOL_OR_REVOLVER", "Fort|FORT|Форт", "Fort-12", "9x18|9х18", "UA", 1998, 2015, "нарезное короткоствольное"),
            m("RIFLE_OR_CARBINE", "Izhevsk|Izhmash|Ижмаш", "Mosin M91/30", "7.62x54R|7,62х54R", "RU", 1930, 1945, "нарезное длинноствольное"),
            m("RIFLE_OR_CARBINE", "Tula Arms Plant|TOZ", "SKS", "7.62x39|7,62х39", "RU", 1949, 1958, "нарезное длинноствольное"),
            m("RIFLE_OR_CARBINE", "Izhmash|Kalashnikov Concern|Калашников", "Saiga-MK", "7.62x39|5.45x39|7,62х39", "RU", 1995, 2020, "нарезное длинноствольное"),
            m("RIFLE_OR_CARBINE", "TOZ|Tula", "TOZ-8M", "5.6 mm|.22 LR|5,6 мм", "RU", 1960, 1990, "нарезное длинноствольное"),
            m("RIFLE_OR_CARBINE", "Molot|VPO|Молот", "Vepr", "7.62x39|.308 Win", "RU", 1995, 2020, "нарезное длинноствольное"),
            m("SHOTGUN", "Baikal|BAIKAL|Байкал|IZh|Izhevsk Mechanical Plant", "IZh-27", "12 ga|12/70|12 кал.|12", "RU", 1973, 2020, "гладкоствольное"),
            m("SHOTGUN", "Baikal|Байкал", "MP-153", "12/76|12 ga", "RU", 1999, 2020, "гладкоствольное"),
            m("SHOTGUN", "Baikal|IZh", "IZh-43", "12|16 ga", "RU", 1986, 2008, "гладкоствольное"),
            m("SHOTGUN", "TOZ|Tula", "TOZ-34", "12|12 ga", "RU", 1964, 1991, "гладкоствольное"),
            m("SHOTGUN", "Izhmash|Kalashnikov", "Saiga-12", "12/76|12 кал.", "RU", 1997, 2020, "гладкоствольное"),
            m("SHOTGUN", "Hatsan|HATSAN", "Escort", "12 ga|12/76", "TR", 2000, 2022, "гладкоствольное"),
            m("SHOTGUN", "home-made|самодельное|кустарное", "", "16|12|", "", 0, 0, "самодельное"),
            m("SUB_MACHINE_GUN", "Degtyaryov Plant|ZiD", "PPSh-41", "7.62x25|7,62х25", "RU", 1941, 1947, "боевое автоматическое"),
            m("ASSAULT_RIFLE", "Izhmash|Ижмаш|Izhevsk", "AKM", "7.62x39|7,62х39", "RU", 1959, 1977, "боевое автоматическое"),
            m("ASSAULT_RIFLE", "Izhmash|Tula", "AK-74", "5.45x39|5,45х39", "RU", 1974, 1991, "боевое автоматическое"),
            m("ASSAULT_RIFLE", "Tula|Izhmash", "AKS-74U", "5.45x39|5,45х39", "RU", 1979, 1991, "боевое автоматическое"),
            m("ASSAULT_RIFLE", "Norinco|NORINCO", "Type 56", "7.62x39|7.62 mm", "CN", 1956, 1990, "боевое автоматическое"),
            m("ASSAULT_RIFLE", "Colt|COLT", "M16A2", "5.56x45|5.56 NATO", "US", 1983, 2005, "боевое автоматическое"),
            m("LIGHT_MACHINE_GUN", "Molot|Vyatskiye Polyany", "RPK", "7.62x39|7,62х39", "RU", 1961, 1978, "боевое автоматическое"),
            m("LIGHT_MACHINE_GUN", "Kovrov|ZiD", "PKM", "7.62x54R", "RU", 1969, 1990, "боевое автоматическое"),
            m("HEAVY_MACHINE_GUN", "Degtyaryov Plant|ZiD", "DShKM", "12.7x108|12,7х108", "RU", 1946, 1980, "боевое автоматическое"),
            m("GRENADE_LAUNCHER", "Tula|TOZ", "GP-25", "40 mm|40 мм", "RU", 1978, 1991, "гранатомёт"),
            m("GRENADE_LAUNCHER", "Molot", "AGS-17", "30 mm|30 мм", "RU", 1971, 1991, "гранатомёт"),
            m("ANTI_TANK_LAUNCHER", "Bazalt|Базальт", "RPG-7", "40 mm|85 mm", "RU", 1961, 1991, "гранатомёт"),
            m("MORTAR", "Bazalt", "82-BM-37", "82 mm|82 мм", "RU", 1937, 1960, "миномёт"),
            m("OTHER", "Zoraki|ATAK ARMS", "Zoraki 914", "9 mm P.A.K.|9mm PA", "TR", 2005, 2022, "газовое"),
            m("OTHER", "Ekol|EKOL", "Firat Compact", "9 mm P.A.K.", "TR", 2008, 2022, "газовое"),
            m("OTHER", "Izhevsk Mechanical Plant|IZHMEKH", "MP-79-9TM", "9 mm R.A.|9 мм Р.А.", "RU", 2004, 2020, "травматическое"),
            m("UNKNOWN", "|неизвестно", "", "|unknown", "", 0, 0, ""));

    private Catalogue() {
    }

    private static Model m(String type, String makes, String model, String calibres, String country, int from,
            int to, String category) {
        return new Model(type, List.of(makes.split("\\|", -1)), model, List.of(calibres.split("\\|", -1)), country,
                from, to, category);
    }

    private static final Map<String, List<Model>> BY_TYPE = byType();

    private static Map<String, List<Model>> byType() {
        Map<String, List<Model>> map = new HashMap<>();
        for (Model model : MODELS) {
            map.computeIfAbsent(model.weaponType(), t -> new ArrayList<>()).add(model);
        }
        return map;
    }

    /** The models of one weapon type, in catalogue order. */
    static List<Model> ofType(String weaponType) {
        return BY_TYPE.getOrDefault(weaponType, List.of());
    }

    static Model named(String model) {
        for (Model m : MODELS) {
            if (m.model().equals(model)) {
                return m;
            }
        }
        throw new IllegalArgumentException("model must be in the catalogue, was '" + model + "'");
    }
}
