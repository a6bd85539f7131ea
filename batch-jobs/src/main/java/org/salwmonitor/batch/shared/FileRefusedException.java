package org.salwmonitor.batch.shared;

import java.nio.file.Path;

/**
 * A file that cannot be read at all (binary, empty, no header, unknown format) and is refused as a
 * whole, with one message that names the file and says why.
 */
public class FileRefusedException extends RuntimeException {

    private final transient Path file;
    private final String rule;
    private final String reasonText;

    public FileRefusedException(Path file, String rule, String reason) {
        super(file.getFileName() + ": refused as a whole (" + rule + "): " + reason);
        this.file = file;
        this.rule = rule;
        this.reasonText = reason;
    }

    /** The refused file. */
    public Path file() {
        return file;
    }

    /** The rule that refused it, e.g. {@code FILE_BINARY}. */
    public String rule() {
        return rule;
    }

    /** Why, without the file name. */
    public String reason() {
        return reasonText;
    }
}
