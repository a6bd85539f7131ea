package org.salwmonitor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    @Test
    void readsDataRowsSkippingCommentsBlankLinesAndTheHeaderAndStripsFields() {
        // when
        List<String[]> rows = ReferenceCsv.read(ReferenceCsvTest.class, "reference-ok.csv", 3);
        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("KZ", "Kazakhstan", "");
        assertThat(rows.get(1)).containsExactly("KG", "Kyrgyzstan", "two words");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFieldsNamingFileLineAndCounts() {
        assertThatThrownBy(() -> ReferenceCsv.read(ReferenceCsvTest.class, "reference-short-row.csv", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference-short-row.csv line 3 must have 3 fields, had 2: KG;Kyrgyzstan");
    }

    @Test
    void rejectsAMissingResourceNamingIt() {
        assertThatThrownBy(() -> ReferenceCsv.read(ReferenceCsvTest.class, "no-such-table.csv", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference table no-such-table.csv is missing from the classpath");
    }
}
