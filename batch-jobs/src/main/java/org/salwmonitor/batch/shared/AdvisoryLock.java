package org.salwmonitor.batch.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * A PostgreSQL session-level advisory lock on a named piece of work, held on a connection of its own
 * until {@link #close()}. The server releases it when that connection ends, so a process killed with
 * {@code kill -9} never leaves it behind.
 */
public final class AdvisoryLock implements AutoCloseable {

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Waits for the lock on a piece of work.
     *
     * @param dataSource  where to take a connection from, not null
     * @param name        the name of the work, not null
     * @return the lock, held
     * @throws SQLException if the database cannot be reached
     */
    public static AdvisoryLock acquire(DataSource dataSource, String name) throws SQLException {
        return take(dataSource, name, "SELECT pg_advisory_lock(?)").orElseThrow();
    }

    /**
     * Takes the lock on a piece of work if nobody holds it, without waiting.
     *
     * @param dataSource  where to take a connection from, not null
     * @param name        the name of the work, not null
     * @return the lock, held; empty if another session holds it
     * @throws SQLException if the database cannot be reached
     */
    public static Optional<AdvisoryLock> tryAcquire(DataSource dataSource, String name) throws SQLException {
        return take(dataSource, name, "SELECT pg_try_advisory_lock(?)");
    }

    /** The 64-bit key of a name: its hash spread over the long range so short names do not cluster. */
    static long keyOf(String name) {
        return name.hashCode() * 0x9E3779B97F4A7C15L;
    }

    private static Optional<AdvisoryLock> take(DataSource dataSource, String name, String sql) throws SQLException {
        Connection connection = dataSource.getConnection();
        long key = keyOf(name);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                // pg_advisory_lock returns void (read as null); pg_try_advisory_lock says whether it got the lock
                result.next();
                Object got = result.getObject(1);
                if (Boolean.FALSE.equals(got)) {
                    connection.close();
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return Optional.of(new AdvisoryLock(connection, key));
    }

    /** Releases the lock and gives the connection back. */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
