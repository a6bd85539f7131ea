package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.jfree.chart.JFreeChart;

/**
 * The content of one report in one language: a flow of blocks (headings, paragraphs, notes, tables,
 * charts, page breaks) that the report frame template prints band by band, and the tables for the CSV.
 */
final class Doc {

    /** Layout of a table with at most {@link Table#WIDE_COLUMNS} value columns. */
    static final String WIDE = "wide";
    /** Layout of a table with {@link Table#MEDIUM_COLUMNS} value columns. */
    static final String MEDIUM = "medium";
    /** Layout of a table with {@link Table#MAX_COLUMNS} value columns. */
    static final String NARROW = "narrow";
    /** Layout of a trend block (its columns have widths of their own). */
    static final String TREND = "trend";
    /** Tables with this many value columns up to {@link #FITTED_MAX} have a grid each, named by the number. */
    static final int FITTED_MIN = 7;
    /** See {@link #FITTED_MIN}. */
    static final int FITTED_MAX = 10;

    /**
     * One block of the flow.
     *
     * @param kind   the band that prints it: {@code H1}, {@code H2}, {@code P}, {@code NOTE}, {@code TABLE},
     *               {@code CHART}, {@code SMALLCHART} or {@code BREAK}
     * @param text   the text, or the chart's description
     * @param table  the table, for {@code TABLE}
     * @param chart  the chart, for charts
     * @param keep   blocks with the same number are kept on one page where they fit
     */
    record Block(String kind, String text, Table table, JFreeChart chart, int keep) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private int nextKeep;
    private boolean together;

    Doc h1(String text) {
        return add("H1", text);
    }

    Doc h2(String text) {
        return add("H2", text);
    }

    Doc p(String text) {
        return add("P", text);
    }

    Doc note(String text) {
        return add("NOTE", text);
    }

    Doc pageBreak() {
        if (!blocks.isEmpty() && !"BREAK".equals(blocks.get(blocks.size() - 1).kind())) {
            add("BREAK", "");
        }
        return this;
    }

    Doc chart(String description, JFreeChart chart, boolean small) {
        blocks.add(new Block(small ? "SMALLCHART" : "CHART", description, null, chart, keep()));
        return this;
    }

    /**
     * Adds blocks that belong together (a heading, its chart, its table and its note): they move to the next
     * page together when they do not fit on this one, and are split only when they do not fit on a page.
     */
    Doc together(java.util.function.Consumer<Doc> body) {
        if (together) {
            body.accept(this);
            return this;
        }
        together = true;
        try {
            body.accept(this);
        } finally {
            together = false;
            nextKeep++;
        }
        return this;
    }

    private int keep() {
        return together ? nextKeep : nextKeep++;
    }

    Doc table(Table table) {
        tables.add(table);
        if (table.printed()) {
            for (Table part : table.parts()) {
                blocks.add(new Block("TABLE", part.title(), part, null, keep()));
            }
        }
        return this;
    }

    private Doc add(String kind, String text) {
        blocks.add(new Block(kind, text, null, null, keep()));
        return this;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Table> tables() {
        return tables;
    }

    /**
     * The rows of the main report's data source: one map per block, fields as the frame templates declare. A
     * heading ({@code H2}) right before a table or chart travels with it (field {@code heading}), so that the
     * two are never split across pages.
     */
    JRMapCollectionDataSource dataSource() {
        List<Map<String, ?>> rows = new ArrayList<>(blocks.size());
        String heading = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if ("H2".equals(block.kind()) && b + 1 < blocks.size() && carriesHeading(blocks.get(b + 1))) {
                heading = block.text();
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("kind", block.kind());
            row.put("text", block.text());
            row.put("heading", heading);
            row.put("keep", block.keep());
            heading = null;
            if (block.table() != null) {
                Table table = block.table();
                row.put("headers", table.headers());
                row.put("layout", layout(table));
                row.put("rows", rowsOf(table));
            }
            if (block.chart() != null) {
                row.put("image", new Charts.Renderer(block.chart()));
            }
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
    }

    private static boolean carriesHeading(Block block) {
        return block.table() != null || block.chart() != null;
    }

    /** The grid a table is printed with: the narrowest one that holds its columns. */
    static String layout(Table table) {
        int columns = table.columns();
        if (table.id().startsWith("trend.") && columns == Table.MEDIUM_COLUMNS) {
            return TREND;
        }
        if (columns <= Table.WIDE_COLUMNS) {
            return WIDE;
        }
        if (columns <= FITTED_MAX) {
            return Integer.toString(columns);
        }
        return columns <= Table.MEDIUM_COLUMNS ? MEDIUM : NARROW;
    }

    private static JRMapCollectionDataSource rowsOf(Table table) {
        List<Map<String, ?>> rows = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            Map<String, Object> map = new HashMap<>();
            map.put("label", row.label());
            for (int i = 0; i < row.cells().size(); i++) {
                map.put("c" + (i + 1), row.cells().get(i).text());
            }
            rows.add(map);
        }
        return new JRMapCollectionDataSource(rows);
    }
}
