package org.salwmonitor.batch.nightly;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox folder of the nightly run and its sub-folders: new files arrive at the top level; a run
 * claims a file by moving it into {@code working/} before importing it, then files it under
 * {@code processed/} (imported, perhaps with rejected rows) or {@code rejected/} (nothing loaded), with
 * its rejects file beside it; {@code runs/} holds the run logs. A file still in {@code working/} when a
 * run starts was claimed by a run that died, and is finished first.
 *
 * <p>Hidden files (name starting with a dot) and names ending in {@code .part} or {@code .tmp} are not
 * taken: a sender copies a file under such a name and renames it when it is complete.
 */
public final class Inbox {

    /** Files claimed by a run and not yet filed. */
    public static final String WORKING = "working";
    /** Files imported (perhaps with rejected rows), each with its rejects file beside it if any. */
    public static final String PROCESSED = "processed";
    /** Files of which nothing was loaded, each with a rejects file saying why. */
    public static final String REJECTED = "rejected";
    /** Run logs, one JSON file per run. */
    public static final String RUNS = "runs";
    /** What the rejects file of a file is called: its name plus this. */
    public static final String REJECTS_SUFFIX = ".rejects.csv";

    private final Path root;

    private Inbox(Path root) {
        this.root = root;
    }

    /**
     * Opens an inbox, creating its sub-folders if needed.
     *
     * @param root  the inbox folder, which must exist
     * @return the inbox
     * @throws IOException if a sub-folder cannot be created
     */
    public static Inbox open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        for (String folder : List.of(WORKING, PROCESSED, REJECTED, RUNS)) {
            Files.createDirectories(absolute.resolve(folder));
        }
        return new Inbox(absolute);
    }

    /** The inbox folder, absolute. */
    public Path root() {
        return root;
    }

    /** A sub-folder of the inbox: {@link #WORKING}, {@link #PROCESSED}, {@link #REJECTED} or {@link #RUNS}. */
    public Path folder(String name) {
        return root.resolve(name);
    }

    /** The files a run that died left in {@code working/} (their rejects files aside). */
    List<Path> leftInWorking() throws IOException {
        return filesIn(folder(WORKING)).stream().filter(file -> !name(file).endsWith(REJECTS_SUFFIX)).toList();
    }

    /** The new files at the top level of the inbox. */
    List<Path> newFiles() throws IOException {
        return filesIn(root);
    }

    /**
     * Claims a new file by moving it into {@code working/} (under a new name if a file left there for a
     * retry has the same name).
     *
     * @return where the file is now
     */
    Path claim(Path file) throws IOException {
        return move(file, freeName(folder(WORKING), name(file)));
    }

    /**
     * Files a file of {@code working/} under {@code processed/} or {@code rejected/}, with its rejects file
     * beside it if there is one. The rejects file moves first, so a run killed in between leaves the file
     * in {@code working/} to be imported (unchanged) and filed again by the next run. A name already taken
     * gets a number ({@code kz.csv}, {@code kz-2.csv}, ...): nothing filed is ever overwritten.
     *
     * @param file     the file in {@code working/}
     * @param rejects  its rejects file, or null
     * @param folder   {@link #PROCESSED} or {@link #REJECTED}
     * @return where the file is now
     */
    Path file(Path file, Path rejects, String folder) throws IOException {
        Path target = freeName(folder(folder), name(file));
        if (rejects != null && Files.exists(rejects)) {
            move(rejects, rejectsOf(target));
        }
        return move(file, target);
    }

    /** The rejects file an import writes beside a file: {@code NAME.rejects.csv}. */
    static Path rejectsOf(Path file) {
        return file.resolveSibling(name(file) + REJECTS_SUFFIX);
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.indexOf('.', 1);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        // a rename replaces an existing file on POSIX: every move goes to a name nobody uses
        for (int n = 2; Files.exists(target) || Files.exists(rejectsOf(target)); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return target;
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(Inbox::complete).sorted().toList();
        }
    }

    /** Whether a file looks complete: not hidden and not named as a copy under way. */
    private static boolean complete(Path file) {
        String name = name(file).toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
