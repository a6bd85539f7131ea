package org.salwmonitor.sampledata;

import java.util.List;

/**
 * The code lists of the statistics model and the case-record formats, as documented in
 * {@code docs/formats.md}. They mirror the core-model enums by name; the sample data keeps its own copy
 * so that it does not depend on packages still being built.
 */
final class Codes {

    /** Columns of the project import template, in order. */
    static final List<String> TEMPLATE_COLUMNS = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "EVENT",
            "ITEM_CLASS", "WEAPON_TYPE", "CONTEXT", "UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS",
            "SOURCE_AGENCY", "SOURCE_REF", "SYNTHETIC", "COMMENT");

    static final String DATAFLOW = "SALWM:DF_SALW(1.0)";

    static final List<String> INDICATORS = List.of("ITEMS", "ORIGIN_ESTABLISHED", "TRACE_REQUESTS_SENT",
            "TRACE_REQUESTS_ANSWERED", "TRAFFICKING_CASES", "PERSONS_PROSECUTED", "PERSONS_CONVICTED");
    static final List<String> EVENTS = List.of("SEIZED", "FOUND", "SURRENDERED");
    static final List<String> ITEM_CLASSES = List.of("FIREARM", "PARTS_AND_COMPONENTS", "AMMUNITION");
    /** The weapon types, in the order of the core-model enum. */
    static final List<String> WEAPON_TYPES = List.of("PISTOL_OR_REVOLVER", "RIFLE_OR_CARBINE", "SHOTGUN",
            "SUB_MACHINE_GUN", "ASSAULT_RIFLE", "LIGHT_MACHINE_GUN", "HEAVY_MACHINE_GUN", "GRENADE_LAUNCHER",
            "PORTABLE_ANTI_AIRCRAFT_GUN", "PORTABLE_ANTI_TANK_GUN", "RECOILLESS_RIFLE", "ANTI_TANK_LAUNCHER",
            "MANPADS", "MORTAR", "OTHER", "UNKNOWN");
    static final List<String> CONTEXTS = List.of("TERRORISM", "ORGANIZED_CRIME", "DRUG_TRAFFICKING",
            "VIOLENT_CRIME", "ARMED_CONFLICT", "OTHER");
    static final List<String> UNITS = List.of("WEAPONS", "PIECES", "ROUNDS", "REQUESTS", "CASES", "PERSONS");
    static final List<String> OBS_STATUSES = List.of("A", "P", "E", "B", "L", "M", "O", "Q");
    static final List<String> MISSING_STATUSES = List.of("L", "M", "O", "Q");
    static final List<String> CONF_STATUSES = List.of("F", "A", "C", "D", "N");
    static final String TOTAL = "_T";

    static final List<String> PART_KINDS = List.of("BARREL", "FRAME_OR_RECEIVER", "SLIDE_OR_CYLINDER",
            "BOLT_OR_BREECH_BLOCK", "SOUND_SUPPRESSOR");

    private Codes() {
    }

    /** Whether a weapon type is a light weapon (ITI 2005), used for small-count confidentiality flags. */
    static boolean isLightWeapon(String weaponType) {
        int i = WEAPON_TYPES.indexOf(weaponType);
        return i >= WEAPON_TYPES.indexOf("HEAVY_MACHINE_GUN") && i <= WEAPON_TYPES.indexOf("MORTAR");
    }
}
