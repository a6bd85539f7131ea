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

    /**
     * One block of the flow.
     *
     * @param kind   the band that prints it: {@code H1}, {@code H2}, {@code P}, {@code NOTE}, {@code TABLE},
     *               {@code CHART}, {@code SMALLCHART} or {@code BREAK}
     * @param text   the text, or the chart's description
     * @param table  the table, for {@code TABLE}
     * @param chart  the chart, for charts
     */
    record Block(String kind, String text, Table table, JFreeChart chart) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

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
        blocks.add(new Block(small ? "SMALLCHART" : "CHART", description, null, chart));
        return this;
    }

    Doc table(Table table) {
        tables.add(table);
        if (table.printed()) {
            for (Table part : table.parts()) {
                blocks.add(new Block("TABLE", part.title(), part, null));
            }
        }
        return this;
    }

    private Doc add(String kind, String text) {
        blocks.add(new Block(kind, text, null, null));
        return this;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Table> tables() {
        return tables;
    }

    /** The rows of the main report's data source: one map per block, fields as the frame templates declare. */
    JRMapCollectionDataSource dataSource() {
        List<Map<String, ?>> rows = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", block.kind());
            row.put("text", block.text());
            if (block.table() != null) {
                Table table = block.table();
                row.put("headers", table.headers());
                row.put("layout", table.columns() <= Table.WIDE_COLUMNS ? "wide"
                        : table.columns() <= Table.MEDIUM_COLUMNS ? "medium" : "narrow");
                row.put("rows", rowsOf(table));
            }
            if (block.chart() != null) {
                row.put("image", new Charts.Renderer(block.chart()));
            }
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
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
