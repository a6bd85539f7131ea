package org.salwmonitor.batch.nightly;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on an inbox: an operating-system lock on the file {@code .salw-nightly.lock} in the
 * inbox, which also says who holds it. The operating system drops the lock when its process ends, however
 * it ends, so a run killed with {@code kill -9} never leaves a stale lock; the file itself stays.
 */
final class InboxLock implements AutoCloseable {

    /** The lock file's name in the inbox. */
    static final String FILE_NAME = ".salw-nightly.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InboxLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on an inbox if no other run holds it, and writes who holds it into the lock file.
     *
     * @param inbox   the inbox folder
     * @param holder  one line saying who holds it (process, start time, run)
     * @return the lock, held; empty if another run holds it
     * @throws IOException if the lock file cannot be created or written
     */
    static Optional<InboxLock> tryAcquire(Path inbox, String holder) throws IOException {
        FileChannel channel = FileChannel.open(inbox.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new InboxLock(channel, lock));
    }

    /** Who holds (or last held) the lock of an inbox, as written by the holder; empty if unknown. */
    static String holder(Path inbox) {
        try {
            return Files.readString(inbox.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
