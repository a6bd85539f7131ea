package org.salwmonitor.batch.legal;

import java.time.LocalDate;

/** A validated row of a legal file: a state's act on an instrument, or a report submission. */
public sealed interface LegalRow permits LegalRow.Act, LegalRow.Submission {

    /** The physical line in the file. */
    int line();

    /** One act of a state on an instrument; {@code date} is null when it is not verified. */
    record Act(int line, String state, String instrument, String action, String level, LocalDate date,
               String source, boolean verified, boolean synthetic) implements LegalRow {
    }

    /** A report submitted under an obligation for a cycle; {@code received} is null when not known. */
    record Submission(int line, String state, String obligation, int cycle, LocalDate received, String publicity,
                      String source, boolean synthetic) implements LegalRow {
    }
}
