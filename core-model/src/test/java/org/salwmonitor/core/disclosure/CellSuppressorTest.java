package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.disclosure.TableCell.TOTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CellSuppressorTest {

    private static final List<String> TYPES = List.of("pistols", "rifles", "shotguns");
    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ");

    @Nested
    class WorkedExamples {

        @Test
        void hidesTheCheapestRectangleAroundOneSmallCell() {
            // given
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 10, 20},
                {8, 12, 30},
                {9, 40, 50}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then: 10 + 12 + 8 = 30 is the cheapest complement; the alternatives cost 58, 59, 79
            assertThat(published.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(1, 0), TableCell.of(1, 1));
            assertThat(published.status(0, 0)).isEqualTo(CellStatus.PRIMARY);
            assertThat(published.status(0, 1)).isEqualTo(CellStatus.SECONDARY);
            assertThat(published.status(1, 0)).isEqualTo(CellStatus.SECONDARY);
            assertThat(published.status(1, 1)).isEqualTo(CellStatus.SECONDARY);
            assertThat(published.toString()).isEqualTo("ProtectedTable[KZ, KG, TJ]+total"
                    + " pistols=[c, c, 20, 31] rifles=[c, c, 30, 50] shotguns=[9, 40, 50, 99]"
                    + " total=[18, 62, 100, 180]");
        }

        @Test
        void prefersPositiveComplementsToZeros() {
            // given: hiding the two zeros and the 5 would be cheapest by sum, but zeros may be known
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 0, 9},
                {0, 5, 6},
                {4, 7, 8}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(published.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 2), TableCell.of(2, 0), TableCell.of(2, 2));
        }

        @Test
        void protectsTwoSmallCellsInOneRowThroughTheirColumns() {
            // given: row 0 has two hidden cells, but each column would have only one
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 2, 10},
                {9, 8, 12},
                {7, 11, 15}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(published.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(1, 0), TableCell.of(1, 1));
            assertThat(published.status(0, 1)).isEqualTo(CellStatus.PRIMARY);
            assertThat(Attackers.recoverBySubtraction(published)).isEmpty();
        }

        @Test
        void hidesTotalsWhenTheTableHasASingleRow() {
            // given: each column total equals its only cell
            CountTable table = CountTable.of(List.of("pistols"), COUNTRIES, new long[][] {{1, 5, 7}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(published.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(TOTAL, 0), TableCell.of(TOTAL, 1));
            assertThat(published.status(TOTAL, 0)).isEqualTo(CellStatus.PRIMARY);
            assertThat(published.status(TOTAL, 1)).isEqualTo(CellStatus.SECONDARY);
            assertThat(published.displayValue(0, TOTAL)).isEqualTo("13");
        }

        @Test
        void hidesASmallRowTotal() {
            // given: the pistols row adds up to 2
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 1, 0},
                {9, 8, 7},
                {6, 5, 10}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(published.status(0, TOTAL)).isEqualTo(CellStatus.PRIMARY);
            assertThat(published.status(0, 2)).isEqualTo(CellStatus.PUBLISHED);
            assertThat(Attackers.determinedByLinearAlgebra(published)).isEmpty();
        }

        @Test
        void refusesASingleRowWhenTotalsMustBePublished() {
            // given
            CountTable table = CountTable.of(List.of("pistols"), COUNTRIES, new long[][] {{1, 5, 7}});
            CellSuppressor suppressor = CellSuppressor.of(SuppressionPolicy.defaults().withTotalsSuppressible(false));
            // when / then
            assertThatThrownBy(() -> suppressor.protect(table))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot protect the count at row 'pistols' column 'KZ', was 1: totals may not be"
                            + " hidden, so the table needs at least 2 rows and 2 columns, was 1 x 3");
        }

        @Test
        void publishesSmallTotalsWhenTotalsMustBePublished() {
            // given
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 1, 0},
                {9, 8, 7},
                {6, 5, 10}});
            // when
            ProtectedTable published = CellSuppressor.of(SuppressionPolicy.defaults().withTotalsSuppressible(false))
                    .protect(table);
            // then
            assertThat(published.displayValue(0, TOTAL)).isEqualTo("2");
            assertThat(published.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(2, 0), TableCell.of(2, 1));
        }

        @Test
        void neverHidesZerosForTheirOwnSake() {
            // given
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {0, 10, 0},
                {0, 12, 30},
                {9, 0, 50}});
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(published.suppressedCells()).isEmpty();
        }

        @Test
        void followsTheConfiguredThreshold() {
            // given
            CountTable table = CountTable.of(List.of("pistols", "rifles"), List.of("KZ", "KG"),
                    new long[][] {{4, 10}, {12, 20}});
            // when
            ProtectedTable atThree = CellSuppressor.withDefaults().protect(table);
            ProtectedTable atFive = CellSuppressor.of(SuppressionPolicy.defaults().withThreshold(5)).protect(table);
            // then
            assertThat(atThree.suppressedCells()).isEmpty();
            assertThat(atFive.suppressedCells()).containsExactly(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(1, 0), TableCell.of(1, 1));
            assertThat(atFive.status(0, 0)).isEqualTo(CellStatus.PRIMARY);
        }

        @Test
        void hidesNothingWithThresholdOne() {
            // given
            CountTable table = CountTable.of(List.of("pistols", "rifles"), List.of("KZ", "KG"),
                    new long[][] {{1, 1}, {2, 1}});
            // when
            ProtectedTable published = CellSuppressor.of(SuppressionPolicy.defaults().withThreshold(1)).protect(table);
            // then
            assertThat(published.suppressedCells()).isEmpty();
        }

        @Test
        void rejectsNullPolicyAndTable() {
            assertThatThrownBy(() -> CellSuppressor.of(null)).hasMessage("policy must not be null");
            assertThatThrownBy(() -> CellSuppressor.withDefaults().protect(null)).hasMessage("table must not be null");
        }
    }

    @Nested
    class Years {

        private final CountTable year2020 = CountTable.of(TYPES, COUNTRIES, new long[][] {
            {1, 10, 20},
            {8, 12, 30},
            {9, 40, 50}});
        private final CountTable year2021 = CountTable.of(TYPES, COUNTRIES, new long[][] {
            {11, 10, 20},
            {8, 12, 30},
            {9, 40, 2}});

        @Test
        void hidesTheSameCellsInEveryYear() {
            // when
            SortedMap<Integer, ProtectedTable> published = CellSuppressor.withDefaults()
                    .protectYears(Map.of(2021, year2021, 2020, year2020));
            // then
            assertThat(published.keySet()).containsExactly(2020, 2021);
            // 2020 alone hides the rectangle (0,0)-(1,1); 2021 alone the rectangle (0,0)-(2,2), as
            // 9 + 11 + 20 = 40 is its cheapest complement
            Set<TableCell> union = Set.of(
                    TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(0, 2), TableCell.of(1, 0),
                    TableCell.of(1, 1), TableCell.of(2, 0), TableCell.of(2, 2));
            assertThat(published.get(2020).suppressedCells()).containsExactlyInAnyOrderElementsOf(union);
            assertThat(published.get(2021).suppressedCells()).containsExactlyInAnyOrderElementsOf(union);
            assertThat(published.get(2020).status(0, 0)).isEqualTo(CellStatus.PRIMARY);
            assertThat(published.get(2021).status(0, 0)).isEqualTo(CellStatus.SECONDARY);
            assertThat(published.get(2021).status(2, 2)).isEqualTo(CellStatus.PRIMARY);
            assertThat(published.get(2020).status(2, 2)).isEqualTo(CellStatus.SECONDARY);
        }

        @Test
        void protectsEachYearOnItsOwnWhenAsked() {
            // given
            CellSuppressor suppressor = CellSuppressor.of(SuppressionPolicy.defaults().withConsistentAcrossYears(false));
            // when
            SortedMap<Integer, ProtectedTable> published = suppressor.protectYears(Map.of(2020, year2020, 2021, year2021));
            // then
            assertThat(published.get(2020)).isEqualTo(suppressor.protect(year2020));
            assertThat(published.get(2021)).isEqualTo(suppressor.protect(year2021));
            assertThat(published.get(2020).suppressedCells()).isNotEqualTo(published.get(2021).suppressedCells());
        }

        @Test
        void rejectsAnEmptySeries() {
            assertThatThrownBy(() -> CellSuppressor.withDefaults().protectYears(Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tablesByYear must not be empty, was {}");
        }

        @Test
        void rejectsYearsWithOtherLabels() {
            // given
            CountTable other = CountTable.of(List.of("pistols"), List.of("KZ"), new long[][] {{5}});
            // when / then
            assertThatThrownBy(() -> CellSuppressor.withDefaults().protectYears(Map.of(2020, year2020, 2022, other)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tablesByYear must share the row and column labels of year 2020"
                            + " ([pistols, rifles, shotguns] x [KZ, KG, TJ]), year 2022 has [pistols] x [KZ]");
        }

        @Test
        void rejectsNullEntries() {
            // given
            Map<Integer, CountTable> withNull = new LinkedHashMap<>();
            withNull.put(2020, null);
            // when / then
            assertThatThrownBy(() -> CellSuppressor.withDefaults().protectYears(withNull))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("tablesByYear table of 2020 must not be null");
        }
    }

    @Nested
    class Attack {

        @Test
        void theAttackersRecoverACellHiddenWithoutComplements() {
            // given: only the small cell hidden, as if there were no secondary suppression
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {
                {1, 10, 20},
                {8, 12, 30},
                {9, 40, 50}});
            CellStatus[][] statuses = new CellStatus[4][4];
            for (CellStatus[] row : statuses) {
                java.util.Arrays.fill(row, CellStatus.PUBLISHED);
            }
            statuses[0][0] = CellStatus.PRIMARY;
            ProtectedTable leaky = new ProtectedTable(table, SuppressionPolicy.defaults(), statuses);
            // when / then
            assertThat(Attackers.recoverBySubtraction(leaky)).containsExactly(TableCell.of(0, 0));
            assertThat(Attackers.determinedByLinearAlgebra(leaky)).containsExactly(TableCell.of(0, 0));
        }

        @Test
        void theLinearAttackerFindsABridgeBetweenTwoRectangles() {
            // given: two hidden rectangles joined by one hidden cell; every line has two or more hidden cells,
            // so subtraction fails, but the joining cell follows from a sum of rows minus a sum of columns
            CountTable table = CountTable.of(List.of("a", "b", "c", "d"), List.of("w", "x", "y", "z"),
                    new long[][] {{5, 5, 5, 5}, {5, 5, 5, 5}, {5, 5, 5, 5}, {5, 5, 5, 5}});
            CellStatus[][] statuses = new CellStatus[5][5];
            for (CellStatus[] row : statuses) {
                java.util.Arrays.fill(row, CellStatus.PUBLISHED);
            }
            for (int[] cell : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {0, 2}}) {
                statuses[cell[0]][cell[1]] = CellStatus.SECONDARY;
            }
            ProtectedTable bridged = new ProtectedTable(table, SuppressionPolicy.defaults(), statuses);
            // when / then
            assertThat(Attackers.recoverBySubtraction(bridged)).isEmpty();
            assertThat(Attackers.determinedByLinearAlgebra(bridged)).containsExactly(TableCell.of(0, 2));
        }
    }

    /** A jqwik group: jqwik does not run properties inside a JUnit {@code @Nested} class. */
    @Group
    class Properties {

        @Property(tries = 500)
        void noHiddenValueFollowsBySubtraction(@ForAll("tables") CountTable table) {
            // when
            ProtectedTable published = CellSuppressor.withDefaults().protect(table);
            // then
            assertThat(Attackers.recoverBySubtraction(published)).isEmpty();
        }

        @Property(tries = 300)
        void noHiddenValueFollowsFromAnyCombinationOfTotals(@ForAll("tables") CountTable table,
                @ForAll @IntRange(min = 1, max = 6) int threshold) {
            // when
            ProtectedTable published = CellSuppressor.of(SuppressionPolicy.defaults().withThreshold(threshold))
                    .protect(table);
            // then
            assertThat(Attackers.determinedByLinearAlgebra(published)).isEmpty();
        }

        @Property(tries = 500)
        void primaryCellsAreExactlyTheSensitiveOnesAndNoneIsPublished(@ForAll("tables") CountTable table,
                @ForAll @IntRange(min = 1, max = 6) int threshold) {
            // when
            ProtectedTable published = CellSuppressor.of(SuppressionPolicy.defaults().withThreshold(threshold))
                    .protect(table);
            // then
            for (TableCell cell : everyCell(table)) {
                long count = table.count(cell);
                boolean sensitive = count > 0 && count < threshold;
                assertThat(published.status(cell) == CellStatus.PRIMARY).as("primary %s", cell).isEqualTo(sensitive);
                if (!published.status(cell).isSuppressed()) {
                    assertThat(count).as("published %s", cell).matches(c -> c == 0 || c >= threshold);
                    assertThat(published.value(cell.row(), cell.column())).hasValue(count);
                }
            }
        }

        @Property(tries = 300)
        void totalsStayPublishedWhenTheyMustAndCellsAreStillProtected(@ForAll("tablesOfTwoOrMore") CountTable table) {
            // when
            ProtectedTable published = CellSuppressor.of(SuppressionPolicy.defaults().withTotalsSuppressible(false))
                    .protect(table);
            // then
            assertThat(published.suppressedCells()).noneMatch(TableCell::isTotal);
            assertThat(Attackers.determinedByLinearAlgebra(published)).isEmpty();
            for (TableCell cell : everyCell(table)) {
                if (!cell.isTotal()) {
                    assertThat(published.status(cell) == CellStatus.PRIMARY)
                            .isEqualTo(published.policy().isSensitive(table.count(cell)));
                }
            }
        }

        @Property(tries = 200)
        void yearsShareOnePatternAndEachIsProtected(@ForAll("series") List<CountTable> tables) {
            // given
            Map<Integer, CountTable> byYear = new LinkedHashMap<>();
            IntStream.range(0, tables.size()).forEach(i -> byYear.put(2015 + i, tables.get(i)));
            // when
            SortedMap<Integer, ProtectedTable> published = CellSuppressor.withDefaults().protectYears(byYear);
            // then
            Set<TableCell> pattern = published.get(2015).suppressedCells();
            published.forEach((year, protectedTable) -> {
                CountTable table = byYear.get(year);
                assertThat(protectedTable.suppressedCells()).as("pattern of %s", year).isEqualTo(pattern);
                assertThat(Attackers.recoverBySubtraction(protectedTable)).as("subtraction in %s", year).isEmpty();
                assertThat(Attackers.determinedByLinearAlgebra(protectedTable)).as("algebra in %s", year).isEmpty();
                for (TableCell cell : everyCell(table)) {
                    assertThat(protectedTable.status(cell) == CellStatus.PRIMARY)
                            .isEqualTo(protectedTable.policy().isSensitive(table.count(cell)));
                }
            });
        }

        @Provide
        Arbitrary<CountTable> tables() {
            return tablesOfSize(1);
        }

        @Provide
        Arbitrary<CountTable> tablesOfTwoOrMore() {
            return tablesOfSize(2);
        }

        @Provide
        Arbitrary<List<CountTable>> series() {
            return Combinators.combine(sizes(1), sizes(1), Arbitraries.integers().between(2, 4))
                    .flatAs((rows, columns, years) -> table(rows, columns).list().ofSize(years));
        }

        private Arbitrary<CountTable> tablesOfSize(int minimum) {
            return Combinators.combine(sizes(minimum), sizes(minimum)).flatAs(CellSuppressorTest::table);
        }

        private Arbitrary<Integer> sizes(int minimum) {
            return Arbitraries.integers().between(minimum, 8);
        }
    }

    /** Random tables with many zeros and many small counts. */
    private static Arbitrary<CountTable> table(int rows, int columns) {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(4, Arbitraries.longs().between(1, 4)),
                Tuple.of(3, Arbitraries.longs().between(5, 20)));
        return count.list().ofSize(columns).list().ofSize(rows).map(values -> {
            long[][] counts = values.stream()
                    .map(row -> row.stream().mapToLong(Long::longValue).toArray())
                    .toArray(long[][]::new);
            return CountTable.of(labels("type", rows), labels("country", columns), counts);
        });
    }

    private static List<String> labels(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> prefix + i).toList();
    }

    private static List<TableCell> everyCell(CountTable table) {
        List<TableCell> cells = new ArrayList<>();
        for (int row = TOTAL; row < table.rowCount(); row++) {
            for (int column = TOTAL; column < table.columnCount(); column++) {
                cells.add(TableCell.of(row, column));
            }
        }
        return cells;
    }
}
