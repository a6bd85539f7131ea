package org.salwmonitor.batch.shared;

import java.nio.file.Path;

/**
 * The project home folder, holding the embedded database: {@code $SALW_HOME} if set, else {@code ~/.salw}.
 */
public final class SalwHome {

    private SalwHome() {
    }

    /** Returns the home folder; it may not exist yet. */
    public static Path resolve() {
        String configured = System.getenv("SALW_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".salw");
    }
}
