package org.salwmonitor.batch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.cli.SalwCommand;

/**
 * Canaries: names and person identifiers planted in PERSON_REFS and in free text, imported through the real
 * command line ({@code salw import records … --json}, then again without {@code --json}). Afterwards no
 * canary may appear anywhere: in any text, JSON or array column of any table of the database (found through
 * information_schema, so a new table cannot hide one), in the log and console output, or in a rejects file.
 */
@SalwIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataCanaryIT {

    /** What must never come out again, compared ignoring case. */
    private static final List<String> CANARIES = List.of("Канарейкин", "CANARYNAME", "Canaryovich", "Петрович",
            "P777001", "P777002", "P777003", "P777004");

    private static final String EVENTS = "EVENT_ID,REF_AREA,EVENT_DATE,EVENT,AGENCY,PLACE,LEGAL_BASIS,CONTEXTS,ROUTE,"
            + "PERSON_REFS,CASE_STAGE,SYNTHETIC\n"
            + "EV-C1,KZ,2021-09-03,SEIZED,POLICE,Канарейкин Иван Петрович,ILLICIT_POSSESSION,,,KZ-POL-P777004,TRIAL,true\n"
            + "EV-C2,KZ,2021-09-04,SEIZED,POLICE,Almaty,ILLICIT_POSSESSION,,,KZ-POL-P777001|CANARYNAME,TRIAL,true\n"
            + "EV-C3,KZ,2021-09-05,SEIZED,POLICE,Almaty,ILLICIT_POSSESSION,,,KZ-POL-P777001|KZ-POL-P777002,TRIAL,true\n"
            + "EV-C4,TJ,2021-09-06,SEIZED,POLICE,Mr CANARYNAME,ILLICIT_POSSESSION,,,TJ-POL-P777003,TRIAL,true\n"
            + "EV-C5,TJ,2021-09-07,SEIZED,POLICE,Dushanbe,ILLICIT_POSSESSION,,,Канарейкин Иван Петрович,TRIAL,true\n"
            + "EV-C6,TJ,2021-09-08,SEIZED,POLICE,\"Dushanbe, гр. Канарейкина\",ILLICIT_POSSESSION,,,TJ-POL-P777003,TRIAL,true\n"
            + "EV-C7,TJ,2021-09-09,SEIZED,CANARYNAME Canaryovich,Dushanbe,ILLICIT_POSSESSION,,,,TRIAL,true\n"
            + "EV-C8,TJ,2021-09-10,SEIZED,POLICE,Dushanbe,ILLICIT_POSSESSION,,AF|TJ,TJ-POL-P777003,TRIAL,true\n"
            + "EV-C9,TJ,2021-09-11,SEIZED,POLICE,Dushanbe,ILLICIT_POSSESSION,,,TJ-POL-P777003 CANARYNAME,TRIAL,true\n"
            + "EV-C10,TJ,2021-09-12,SEIZED,POLICE,\"=HYPERLINK(\"\"x\"\", \"\"Mr CANARYNAME\"\")\",ILLICIT_POSSESSION,,,,"
            + "TRIAL,true\n";

    private static final String ITEMS = "ITEM_ID,EVENT_ID,LINE,ITEM_CLASS,WEAPON_TYPE,PART_KIND,MAKE,MODEL,CALIBRE,"
            + "SERIAL,SERIAL_OBLITERATED,MANUFACTURE_COUNTRY,MANUFACTURE_YEAR,NATIONAL_CATEGORY,QUANTITY,UNIT_MEASURE,"
            + "SYNTHETIC\n"
            + "IT-C1,EV-C3,1,FIREARM,PISTOL_OR_REVOLVER,,Izhmash,PM,9x18,ЕК 123456,false,SUHH,1980,"
            + "изъято у гр. Канарейкина,1,WEAPONS,true\n"
            + "IT-C2,EV-C3,2,FIREARM,PISTOL_OR_REVOLVER,,Canaryovich,PM,9x18,ЕК 123457,false,SUHH,1980,,1,WEAPONS,true\n"
            + "IT-C3,EV-C8,1,FIREARM,PISTOL_OR_REVOLVER,,Izhmash,PM,9x18,ЕК 123458,false,SUHH,1980,,1,WEAPONS,true\n";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    @Test
    void noPlantedNameOrIdentifierAppearsInTheDatabaseTheOutputOrTheRejectsFiles(CapturedOutput output)
            throws Exception {
        // given
        Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
        Path items = Files.writeString(dir.resolve("items.csv"), ITEMS);
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> command = new ArrayList<>(List.of("import", "records", items.toString(), events.toString(),
                "--home", home.toString(), "--db-url", dataSource.getJdbcUrl(), "--db-user", dataSource.getUsername(),
                "--db-password", dataSource.getPassword()));

        // when: once with the JSON summary, once with the summary for people
        command.add("--json");
        int withJson = new CommandLine(new SalwCommand()).execute(command.toArray(String[]::new));
        command.remove("--json");
        int forPeople = new CommandLine(new SalwCommand()).execute(command.toArray(String[]::new));

        // then: the import did its work, so the search below searches something
        assertThat(withJson).isEqualTo(3);
        assertThat(forPeople).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT event_id FROM case_event ORDER BY event_id", String.class))
                .containsExactly("EV-C3", "EV-C8");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event_person", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT item_id FROM case_item ORDER BY item_id", String.class))
                .containsExactly("IT-C3");
        assertThat(jdbc.queryForList("SELECT DISTINCT rule FROM import_reject", String.class))
                .contains("PERSON_REF_FORMAT", "PERSONAL_DATA_IN_TEXT", "CODE_UNKNOWN");
        assertThat(output.getOut()).contains("\"rule\":\"PERSON_REF_FORMAT\"").contains("[redacted: ");
        Path eventsRejects = dir.resolve("events.csv.rejects.csv");
        Path itemsRejects = dir.resolve("items.csv.rejects.csv");
        assertThat(Files.readString(eventsRejects)).contains("PERSONAL_DATA_IN_TEXT").contains("[redacted: ");
        assertThat(Files.readString(itemsRejects)).contains("PERSONAL_DATA_IN_TEXT");

        // and no canary anywhere
        Map<String, String> database = everyTextValue();
        assertThat(database).isNotEmpty();
        database.forEach((where, text) -> assertNoCanary(where, text));
        assertNoCanary("console and log output", output.getAll());
        assertNoCanary("events rejects file", Files.readString(eventsRejects, StandardCharsets.UTF_8));
        assertNoCanary("items rejects file", Files.readString(itemsRejects, StandardCharsets.UTF_8));
        // nor the pseudonym key, which the first import created
        String key = Files.readString(home.resolve(PseudonymKey.DEFAULT_FILE_NAME)).strip();
        assertThat(key).isNotEmpty();
        database.forEach((where, text) -> assertThat(text).as(where).doesNotContain(key));
        assertThat(output.getAll()).doesNotContain(key);
    }

    @Test
    void aMisconfiguredPseudonymKeyIsAConfigurationErrorAndNothingIsImported(CapturedOutput output) throws Exception {
        // given: a key file that is not there (a typo must never lead to a new key)
        Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
        Path missing = dir.resolve("no-such.key");
        System.setProperty("salw.pseudonym.key-file", missing.toString());
        int exit;
        try {
            // when
            exit = new CommandLine(new SalwCommand()).execute("import", "records", events.toString(), "--home",
                    dir.resolve("home").toString(), "--db-url", dataSource.getJdbcUrl(), "--db-user",
                    dataSource.getUsername(), "--db-password", dataSource.getPassword());
        } finally {
            System.clearProperty("salw.pseudonym.key-file");
        }
        // then
        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("salw: pseudonym key: salw.pseudonym.key-file names").contains("no-such.key");
        assertThat(missing).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event", Long.class)).isZero();
    }

    private static void assertNoCanary(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String canary : CANARIES) {
            assertThat(lower).as("%s must not hold %s", where, canary).doesNotContain(canary.toLowerCase(Locale.ROOT));
        }
    }

    /** Every value of every text, JSON and array column of every table of the public schema, by table.column. */
    private Map<String, String> everyTextValue() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name FROM"
                + " information_schema.columns c WHERE table_schema = 'public' AND data_type IN ('character varying',"
                + " 'character', 'text', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED') AND EXISTS (SELECT 1 FROM"
                + " information_schema.tables t WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND"
                + " t.table_type = 'BASE TABLE')");
        Map<String, String> values = new java.util.TreeMap<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String all = jdbc.queryForObject("SELECT coalesce(string_agg(\"" + name + "\"::text, ' '), '') FROM \""
                    + table + "\"", String.class);
            values.put(table + "." + name, all);
        }
        return values;
    }
}
