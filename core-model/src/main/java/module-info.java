/**
 * SALW Monitor core model: a framework-free library of immutable domain values for illicit small
 * arms and light weapons (items, cases, instruments, national statistics) and the analysis that
 * reports rely on. Depends on the JDK and Apache Commons Math only.
 */
module org.salwmonitor.core {
    requires commons.math3;

    exports org.salwmonitor.core.geo;
    exports org.salwmonitor.core.weapon;
    exports org.salwmonitor.core.casefile;
    exports org.salwmonitor.core.law;
    exports org.salwmonitor.core.statistics;
    exports org.salwmonitor.core.trend;
    exports org.salwmonitor.core.sdg;
    exports org.salwmonitor.core.compliance;
    exports org.salwmonitor.core.quality;
    exports org.salwmonitor.core.disclosure;
}
