package org.salwmonitor.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

import org.salwmonitor.batch.cli.SalwCommand;
import org.salwmonitor.batch.shared.ExitCodes;

/**
 * The SALW Monitor batch application. {@code main} is the {@code salw} command line: it parses the
 * command first (so {@code --help} needs no database) and starts Spring only for commands that need it.
 */
@SpringBootApplication
public class SalwApplication {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new SalwCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            System.err.println("salw: failed: " + rootMessage(exception));
            System.err.println("Run the same command again to resume; nothing half-done is kept.");
            return ExitCodes.FAILURE;
        });
        System.exit(commandLine.execute(args));
    }

    private static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // Spring wraps the real problem (database unreachable, a migration that fails) in bean-creation
        // messages several lines long: the innermost cause is what an operator can act on
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
