package org.salwmonitor.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * The code lists of the statistics model and the case-record formats, as documented in
 * {@code docs/formats.md}, read from the core-model enums (the source of truth) in their declaration
 * order. The generators index some lists by position, so that order is part of the seeded output.
 */
final class Codes {

    /** Columns of the project import template, in order. */
    static final List<String> TEMPLATE_COLUMNS = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "EVENT",
            "ITEM_CLASS", "WEAPON_TYPE", "CONTEXT", "UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS",
            "SOURCE_AGENCY", "SOURCE_REF", "SYNTHETIC", "COMMENT");

    static final String DATAFLOW = "SALWM:DF_SALW(1.0)";

    static final List<String> INDICATORS = codes(Indicator.values(), Indicator::code);
    static final List<String> EVENTS = codes(EventType.values(), Dimensions::codeOf);
    static final List<String> ITEM_CLASSES = codes(ItemClass.values(), Dimensions::codeOf);
    /** The weapon types, in the order of the core-model enum. */
    static final List<String> WEAPON_TYPES = codes(WeaponType.values(), Dimensions::codeOf);
    static final List<String> CONTEXTS = codes(CriminalContext.values(), Dimensions::codeOf);
    static final List<String> UNITS = codes(UnitOfMeasure.values(), Dimensions::codeOf);
    static final List<String> OBS_STATUSES = codes(ObservationStatus.values(), ObservationStatus::sdmxCode);
    static final List<String> MISSING_STATUSES = Arrays.stream(ObservationStatus.values())
            .filter(ObservationStatus::isMissing).map(ObservationStatus::sdmxCode).toList();
    static final List<String> CONF_STATUSES = codes(Confidentiality.values(), Confidentiality::sdmxCode);
    static final String TOTAL = Dimensions.TOTAL;

    static final List<String> PART_KINDS = codes(PartType.values(), Dimensions::codeOf);

    private Codes() {
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    /** Whether a weapon type is a light weapon (ITI 2005), used for small-count confidentiality flags. */
    static boolean isLightWeapon(String weaponType) {
        return WeaponType.valueOf(weaponType).category() == WeaponType.Category.LIGHT_WEAPON;
    }
}
