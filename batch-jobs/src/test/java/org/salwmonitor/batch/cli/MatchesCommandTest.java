package org.salwmonitor.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.salwmonitor.batch.shared.ExitCodes;

/** Usage errors are found before any database is started. */
class MatchesCommandTest {

    private static int run(String[] args, ByteArrayOutputStream err) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new SalwCommand()).execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void anUnknownStrengthIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(new String[] {"matches", "--min-strength", "close"}, err)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--min-strength: strength must be one of"
                + " identical-serial, same-key, one-character-apart, was 'close'");
    }

    @Test
    void anUnknownRegionIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(new String[] {"matches", "--region", "atlantis"}, err)).isEqualTo(ExitCodes.USAGE);
        assertThat(run(new String[] {"tracing", "--region", "atlantis"}, err)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--region: region code must be one of");
    }

    @Test
    void helpNamesTheStrengthsAndTheRestriction() {
        String help = new CommandLine(new SalwCommand()).getSubcommands().get("matches").getUsageMessage();
        assertThat(help).contains("--min-strength").contains("one-character-apart").contains("RESTRICTED");
        assertThat(new CommandLine(new SalwCommand()).getSubcommands().get("tracing").getUsageMessage())
                .contains("16.4.2").contains("--json");
    }
}
