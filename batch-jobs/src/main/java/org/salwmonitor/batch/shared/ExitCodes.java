package org.salwmonitor.batch.shared;

/**
 * The documented exit codes of {@code ./salw}: distinct for every outcome a scheduler must tell apart.
 */
public final class ExitCodes {

    /** Everything done, nothing rejected. */
    public static final int SUCCESS = 0;
    /** A failure (database, disk, bug): nothing half-done is kept; run the same command again to resume. */
    public static final int FAILURE = 1;
    /** Wrong command line or configuration. */
    public static final int USAGE = 2;
    /** Finished; good rows loaded, some rows rejected (see the rejects file). */
    public static final int REJECTED_ROWS = 3;
    /** An input was refused as a whole (unreadable, wrong format, or {@code --strict} with rejects); nothing loaded from it. */
    public static final int REFUSED = 4;
    /** Another {@code salw nightly} run holds the lock on the inbox or the database; this run did nothing. */
    public static final int LOCKED = 5;

    private ExitCodes() {
    }
}
