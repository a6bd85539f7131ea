package org.salwmonitor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class DocTest {

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }

    @Test
    void dataSourceGivesTheFieldsTheTemplatesRead() throws JRException {
        // given
        Table table = new Table("t", "Title", List.of("Country", "2020", "2021"), List.of(
                new Table.Row("Kazakhstan", List.of(Cell.of("1,234", "1234"), Cell.suppressed()))), true);
        Doc doc = new Doc().h1("Heading").table(table);

        // when
        JRDataSource source = doc.dataSource();

        // then
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("kind"))).isEqualTo("H1");
        assertThat(source.getFieldValue(field("text"))).isEqualTo("Heading");
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("kind"))).isEqualTo("TABLE");
        assertThat(source.getFieldValue(field("layout"))).isEqualTo("wide");
        assertThat(source.getFieldValue(field("headers"))).isEqualTo(List.of("Country", "2020", "2021"));
        JRDataSource rows = (JRDataSource) source.getFieldValue(field("rows"));
        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(field("label"))).isEqualTo("Kazakhstan");
        assertThat(rows.getFieldValue(field("c1"))).isEqualTo("1,234");
        assertThat(rows.getFieldValue(field("c2"))).isEqualTo("c");
        assertThat(rows.next()).isFalse();
        assertThat(source.next()).isFalse();
    }

    @Test
    void wideTablesArePrintedInPartsButWrittenOnce() {
        // given: 30 value columns
        List<String> headers = new java.util.ArrayList<>(List.of("State"));
        List<Cell> cells = new java.util.ArrayList<>();
        for (int year = 1995; year < 2025; year++) {
            headers.add(Integer.toString(year));
            cells.add(Cell.text(Integer.toString(year)));
        }
        Table table = new Table("t", "Title", headers, List.of(new Table.Row("KZ", cells)), true);

        // when
        Doc doc = new Doc().table(table);

        // then
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks()).allSatisfy(block -> assertThat(block.table().columns()).isEqualTo(10));
        assertThat(doc.blocks().get(2).table().headers()).containsExactly("State", "2015", "2016", "2017", "2018",
                "2019", "2020", "2021", "2022", "2023", "2024");
        assertThat(doc.tables()).containsExactly(table);
    }

    @Test
    void fourteenColumnsArePrintedAsSevenAndSevenNotTwelveAndTwo() {
        // given
        List<String> headers = new java.util.ArrayList<>(List.of("Year"));
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            headers.add("type " + i);
            cells.add(Cell.text(Integer.toString(i)));
        }

        // when
        Doc doc = new Doc().table(new Table("t", "Title", headers, List.of(new Table.Row("2020", cells)), true));

        // then
        assertThat(doc.blocks()).extracting(block -> block.table().columns()).containsExactly(7, 7);
        assertThat(doc.blocks()).extracting(block -> Doc.layout(block.table())).containsExactly("7", "7");
    }

    @Test
    void aHeadingTravelsWithTheTableAfterItAndTogetherBlocksShareTheirKeep() throws JRException {
        // given
        Table table = new Table("t", "Title", List.of("Country", "2020"), List.of(
                new Table.Row("Kazakhstan", List.of(Cell.of("1", "1")))), true);
        Doc doc = new Doc().p("before").together(d -> d.h2("Heading").table(table).note("note")).p("after");

        // when
        JRDataSource source = doc.dataSource();

        // then: the heading is not a row of its own but the table's
        List<Object> kinds = new java.util.ArrayList<>();
        List<Object> keeps = new java.util.ArrayList<>();
        Object heading = null;
        while (source.next()) {
            kinds.add(source.getFieldValue(field("kind")));
            keeps.add(source.getFieldValue(field("keep")));
            if ("TABLE".equals(source.getFieldValue(field("kind")))) {
                heading = source.getFieldValue(field("heading"));
            }
        }
        assertThat(kinds).containsExactly("P", "TABLE", "NOTE", "P");
        assertThat(heading).isEqualTo("Heading");
        assertThat(keeps.get(1)).isEqualTo(keeps.get(2)).isNotEqualTo(keeps.get(0)).isNotEqualTo(keeps.get(3));
    }

    @Test
    void aYearWithoutValueIsAGapNotAZero() {
        // given
        java.util.Map<Integer, Double> line = new java.util.HashMap<>();
        line.put(2020, 5.0);
        line.put(2021, null);
        line.put(2022, 7.0);

        // when
        XYDataset dataset = ((XYPlot) Charts.lines(new Texts(Locale.ENGLISH), "t", "y",
                java.util.Map.of("KZ", line), List.of(2020, 2021, 2022), false).getPlot()).getDataset();

        // then
        assertThat(dataset.getItemCount(0)).isEqualTo(3);
        assertThat(dataset.getY(0, 1)).isNull();
        assertThat(dataset.getYValue(0, 2)).isEqualTo(7.0);
    }
}
