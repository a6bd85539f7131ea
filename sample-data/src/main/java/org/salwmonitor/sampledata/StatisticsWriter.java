package org.salwmonitor.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes each observation to the project import template and to SDMX-CSV 1.0 and 2.0 at once; any of
 * the three writers may be null to skip that format.
 */
final class StatisticsWriter implements Consumer<Observation>, Closeable {

    static final String[] SDMX_DIMENSIONS = {"REF_AREA", "INDICATOR", "EVENT", "ITEM_CLASS", "WEAPON_TYPE", "CONTEXT",
        "UNIT_MEASURE", "TIME_PERIOD"};
    static final String[] SDMX_MEASURE_AND_ATTRIBUTES = {"OBS_VALUE", "OBS_STATUS", "CONF_STATUS", "SOURCE_AGENCY",
        "SOURCE_REF", "SYNTHETIC", "COMMENT"};
    static final String SOURCE_AGENCY = "SYNTHETIC";

    private final Writer[] writers;
    private final Csv template;
    private final Csv sdmx10;
    private final Csv sdmx20;
    private final String sourceRef;
    private long rows;

    StatisticsWriter(Writer template, Writer sdmx10, Writer sdmx20, String sourceRef) {
        this.writers = new Writer[] {template, sdmx10, sdmx20};
        this.template = template == null ? null : new Csv(template);
        this.sdmx10 = sdmx10 == null ? null : new Csv(sdmx10);
        this.sdmx20 = sdmx20 == null ? null : new Csv(sdmx20);
        this.sourceRef = sourceRef;
        if (this.template != null) {
            this.template.row(Codes.TEMPLATE_COLUMNS.toArray());
        }
        if (this.sdmx10 != null) {
            this.sdmx10.row(concat(new String[] {"DATAFLOW"}, SDMX_DIMENSIONS, SDMX_MEASURE_AND_ATTRIBUTES));
        }
        if (this.sdmx20 != null) {
            this.sdmx20.row(concat(new String[] {"STRUCTURE", "STRUCTURE_ID", "ACTION"}, SDMX_DIMENSIONS,
                    SDMX_MEASURE_AND_ATTRIBUTES));
        }
    }

    private static Object[] concat(String[]... parts) {
        int n = 0;
        for (String[] p : parts) {
            n += p.length;
        }
        Object[] all = new Object[n];
        int i = 0;
        for (String[] p : parts) {
            for (String s : p) {
                all[i++] = s;
            }
        }
        return all;
    }

    @Override
    public void accept(Observation o) {
        String year = Integer.toString(o.year());
        if (template != null) {
            template.row(o.area(), year, o.indicator(), o.event(), o.itemClass(), o.weaponType(), o.context(),
                    o.unit(), o.value(), o.obsStatus(), o.confStatus(), SOURCE_AGENCY, sourceRef, "true", o.comment());
        }
        if (sdmx10 != null) {
            sdmx10.row(Codes.DATAFLOW, o.area(), o.indicator(), o.event(), o.itemClass(), o.weaponType(), o.context(),
                    o.unit(), year, o.value(), o.obsStatus(), o.confStatus(), SOURCE_AGENCY, sourceRef, "true",
                    o.comment());
        }
        if (sdmx20 != null) {
            sdmx20.row("dataflow", Codes.DATAFLOW, "I", o.area(), o.indicator(), o.event(), o.itemClass(),
                    o.weaponType(), o.context(), o.unit(), year, o.value(), o.obsStatus(), o.confStatus(),
                    SOURCE_AGENCY, sourceRef, "true", o.comment());
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        for (Writer w : writers) {
            if (w != null) {
                w.close();
            }
        }
    }
}
