package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JsonTest {

    /** A record as the services return them. */
    public record Row(String name, Long count, Double share, LocalDate day, List<String> tags, Optional<String> note) {
    }

    @Test
    void writesRecordsAsObjectsOfTheirComponentsInOrder() {
        // given
        Row row = new Row("KZ \"north\"", 3L, null, LocalDate.of(2024, 5, 31), List.of("a", "b"), Optional.empty());
        // when
        String json = Json.write(Map.of("rows", List.of(row, new Row("KG", null, 0.5, null, List.of(),
                Optional.of("x")))));
        // then
        assertThat(json).isEqualTo("{\"rows\":[{\"name\":\"KZ \\\"north\\\"\",\"count\":3,\"share\":null,"
                + "\"day\":\"2024-05-31\",\"tags\":[\"a\",\"b\"],\"note\":null},{\"name\":\"KG\",\"count\":null,"
                + "\"share\":0.5,\"day\":null,\"tags\":[],\"note\":\"x\"}]}");
    }

    @Test
    void streamsTheSameTextAsItReturnsWithControlCharactersEscaped() throws Exception {
        // given
        List<Row> rows = List.of(new Row("Ижмаш\tline\nnext \\ \u0001", 1L, 2.5, null, List.of("\""), Optional.of("ok")),
                new Row("plain", null, null, LocalDate.of(2020, 1, 2), List.of(), Optional.empty()));
        StringWriter streamed = new StringWriter();
        // when
        Json.write(streamed, rows);
        // then
        assertThat(streamed.toString()).isEqualTo(Json.write(rows))
                .startsWith("[{\"name\":\"Ижмаш\\tline\\nnext \\\\ \\u0001\",\"count\":1,\"share\":2.5,")
                .contains("\"tags\":[\"\\\"\"]").endsWith("\"tags\":[],\"note\":null}]");
    }
}
