package org.salwmonitor.batch.nightly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.salwmonitor.batch.nightly.FileKinds.Recognition;
import org.salwmonitor.batch.nightly.RunLog.FileEntry;
import org.salwmonitor.batch.nightly.RunLog.PackEntry;
import org.salwmonitor.batch.nightly.RunLog.PackReason;
import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.report.ReportInputs;
import org.salwmonitor.batch.shared.AdvisoryLock;
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.ImportResult.Outcome;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReject;

/**
 * One nightly run: takes the inbox lock, starts the application, takes the database lock, finishes the
 * files a dead run left in {@code working/}, imports the new files one by one (claim, import, file under
 * {@code processed/} or {@code rejected/}), re-renders the public pack if the data it shows changed, and
 * writes the run log.
 *
 * <p>The inbox lock is taken before the application starts, so a second run on the same inbox stops at
 * once, before it would start an embedded database; the database lock (a PostgreSQL advisory lock) keeps
 * runs on different inboxes or machines from overlapping on one database. Both locks die with their
 * process. A file is imported from {@code working/}, under the path the next run finds it at, so an
 * import killed halfway is resumed from its last committed chunk by the next run
 * ({@link org.salwmonitor.batch.shared.JobRunner}); a file whose import failed stays there for the next
 * run too.
 */
public final class NightlyRun {

    /** The name of the database lock every nightly run takes. */
    static final String DATABASE_LOCK = "salw:nightly";

    private static final String STAGING = ".salw-pack-staging";

    /** The public pack as the command line chose it: region, years, languages and threshold. */
    public interface Pack {

        /**
         * Loads the inputs of the pack.
         *
         * @param data   the loader, not null
         * @param notes  where to say why there is nothing to report, not null
         * @return the inputs, or empty if there is nothing to report
         */
        Optional<ReportInputs> load(ReportData data, PrintStream notes);

        /** The options of the pack, one line: a pack rendered with other options is rendered again. */
        String options();

        /**
         * Renders the pack into a folder.
         *
         * @return the files written
         */
        List<Path> write(ReportInputs inputs, Path folder);
    }

    private final Path inboxFolder;
    private final Path out;
    private final Pack pack;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /**
     * Prepares a run.
     *
     * @param inbox   the inbox folder, which must exist
     * @param out     the folder of the public pack
     * @param pack    the pack options
     * @param stdout  where the summary goes
     * @param stderr  where the lock message goes
     */
    public NightlyRun(Path inbox, Path out, Pack pack, PrintStream stdout, PrintStream stderr) {
        this.inboxFolder = inbox;
        this.out = out.toAbsolutePath().normalize();
        this.pack = pack;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs. Failures of a file or of the pack are recorded in the run log, not thrown.
     *
     * @param start  starts the application (called only once the inbox lock is held)
     * @param close  whether to close the application afterwards
     * @return the run log, already written
     * @throws IOException if the inbox, its lock file or the run log cannot be written
     */
    public RunLog execute(Callable<? extends ApplicationContext> start, boolean close) throws IOException {
        Inbox inbox = Inbox.open(inboxFolder);
        RunLog log = new RunLog(inbox.root(), out, Instant.now());
        Optional<InboxLock> inboxLock = InboxLock.tryAcquire(inbox.root(), "run " + log.runId() + " (process "
                + ProcessHandle.current().pid() + ")");
        if (inboxLock.isEmpty()) {
            String holder = InboxLock.holder(inbox.root());
            log.locked(RunLog.Lock.HELD_ON_INBOX, holder);
            stderr.println("salw nightly: another run holds the lock on the inbox " + inbox.root()
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; nothing done");
            return finish(log, inbox);
        }
        try (InboxLock held = inboxLock.get()) {
            ApplicationContext context = null;
            try {
                context = start.call();
                runLocked(context, inbox, log);
            } catch (Exception e) {
                log.failed(rootMessage(e));
            } finally {
                if (close && context instanceof ConfigurableApplicationContext configurable) {
                    configurable.close();
                }
            }
            return finish(log, inbox);
        }
    }

    private void runLocked(ApplicationContext context, Inbox inbox, RunLog log) throws Exception {
        Optional<AdvisoryLock> databaseLock = AdvisoryLock.tryAcquire(context.getBean(DataSource.class), DATABASE_LOCK);
        if (databaseLock.isEmpty()) {
            log.locked(RunLog.Lock.HELD_ON_DATABASE, "another nightly run on this database");
            stderr.println("salw nightly: another nightly run holds the lock on the database (advisory lock '"
                    + DATABASE_LOCK + "'); nothing done");
            return;
        }
        try (AdvisoryLock held = databaseLock.get()) {
            importAll(context, inbox, log);
            publish(context.getBean(ReportData.class), log);
        }
    }

    /** A file to take: where it is, whether a dead run claimed it, and what it is. */
    private record Candidate(Path path, boolean resumed, Recognition recognition, long modified) {
    }

    private void importAll(BeanFactory beans, Inbox inbox, RunLog log) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (Path file : inbox.leftInWorking()) {
            candidates.add(new Candidate(file, true, FileKinds.recognise(file), modified(file)));
        }
        for (Path file : inbox.newFiles()) {
            try {
                candidates.add(new Candidate(file, false, FileKinds.recognise(file), modified(file)));
            } catch (NoSuchFileException renamedBySender) {
                // gone since the folder was listed: a later run sees it under its new name
            }
        }
        // what a dead run left first, then kind by kind (parents before the records that refer to them),
        // oldest first so that a later file's value becomes current
        candidates.sort(Comparator.comparing((Candidate c) -> !c.resumed())
                .thenComparingInt(c -> c.recognition().rank()).thenComparingLong(Candidate::modified)
                .thenComparing(c -> c.path().getFileName().toString()));
        for (Candidate candidate : candidates) {
            FileEntry entry = take(beans, inbox, candidate);
            if (entry != null) {
                log.add(entry);
            }
        }
    }

    /** Claims, imports and files one file; null if it vanished (renamed by its sender) before the claim. */
    private FileEntry take(BeanFactory beans, Inbox inbox, Candidate candidate) throws IOException {
        long started = System.nanoTime();
        String name = candidate.path().getFileName().toString();
        Recognition recognition = candidate.recognition();
        if (FileKinds.UNREADABLE.equals(recognition.rule())) {
            // the machine's fault, not the file's: it stays where it is and the next run tries again
            return entry(inbox, name, null, null, Outcome.FAILED, candidate, candidate.path(), ImportCounts.ZERO,
                    "FAILED: " + recognition.reason(), null, started);
        }
        Path file;
        try {
            file = candidate.resumed() ? candidate.path() : inbox.claim(candidate.path());
        } catch (NoSuchFileException renamedBySender) {
            return null;
        }
        FileKinds.Kind kind = recognition.kind();
        if (kind == null || kind.importer() == null) {
            String rule = kind == null ? recognition.rule() : FileKinds.KIND_NOT_SUPPORTED;
            String reason = kind == null ? recognition.reason() : "recognised as " + kind.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ", which this build cannot import; nothing was loaded";
            Path rejects = Inbox.rejectsOf(file);
            RejectsFile.write(List.of(new RowReject(name, 0, null, null, rule, reason)), rejects);
            Path filed = inbox.file(file, rejects, Inbox.REJECTED);
            return entry(inbox, name, kind, null, Outcome.REFUSED, candidate, filed, ImportCounts.ZERO,
                    rule + ": " + reason, null, started);
        }
        ImportResult result;
        try {
            result = kind.importer().importFile(beans, file);
        } catch (Exception e) {
            return entry(inbox, name, kind, null, Outcome.FAILED, candidate, file, ImportCounts.ZERO,
                    "FAILED: " + rootMessage(e) + " (left in working/; the next run resumes it)", null, started);
        }
        Path filed;
        switch (result.outcome()) {
            case FAILED -> filed = file;
            case REFUSED -> {
                Path rejects = Inbox.rejectsOf(file);
                RejectsFile.write(result.rejects().isEmpty() ? List.of(wholeFile(name, result.refusal()))
                        : result.rejects(), rejects);
                filed = inbox.file(file, rejects, Inbox.REJECTED);
            }
            default -> {
                Path rejects = result.rejectsFile();
                if (rejects == null) {
                    // a stale rejects file of an earlier attempt must not travel with the file
                    Files.deleteIfExists(Inbox.rejectsOf(file));
                }
                filed = inbox.file(file, rejects, Inbox.PROCESSED);
            }
        }
        String reason = result.outcome() == Outcome.FAILED
                ? result.refusal() + " (left in working/; the next run resumes it)" : result.refusal();
        return entry(inbox, name, kind, result.format(), result.outcome(), candidate, filed, result.counts(), reason,
                result.jobExecutionId(), started);
    }

    private static FileEntry entry(Inbox inbox, String name, FileKinds.Kind kind, String format, Outcome outcome,
                                   Candidate candidate, Path filed, ImportCounts counts, String reason,
                                   Long jobExecutionId, long startedNanos) {
        Path rejects = Inbox.rejectsOf(filed);
        return new FileEntry(name, kind == null ? null : kind.name(), format, outcome, candidate.resumed(),
                relative(inbox, filed), Files.exists(rejects) && outcome != Outcome.FAILED ? relative(inbox, rejects)
                        : null, counts, reason, jobExecutionId, elapsedMs(startedNanos));
    }

    /** The one reject of a file refused as a whole, from the importer's {@code RULE: reason}. */
    private static RowReject wholeFile(String name, String refusal) {
        int colon = refusal.indexOf(": ");
        return colon < 0 ? new RowReject(name, 0, null, null, "REFUSED", refusal)
                : new RowReject(name, 0, null, null, refusal.substring(0, colon), refusal.substring(colon + 2));
    }

    private void publish(ReportData data, RunLog log) {
        long started = System.nanoTime();
        try {
            ByteArrayOutputStream notes = new ByteArrayOutputStream();
            Optional<ReportInputs> inputs = pack.load(data, new PrintStream(notes, true, StandardCharsets.UTF_8));
            if (inputs.isEmpty()) {
                String why = notes.toString(StandardCharsets.UTF_8).strip()
                        .replaceFirst("^salw: (nothing to report: )?", "");
                log.pack(new PackEntry(false, PackReason.NOTHING_TO_REPORT, why, List.of(), elapsedMs(started)));
                return;
            }
            String fingerprint = PackState.fingerprint(inputs.get());
            Optional<PackState.Stamp> stamp = PackState.read(out);
            PackReason reason = stamp.isEmpty() || !stamp.get().complete(out) ? PackReason.PACK_MISSING
                    : !stamp.get().options().equals(pack.options()) ? PackReason.OPTIONS_CHANGED
                    : !stamp.get().data().equals(fingerprint) ? PackReason.DATA_CHANGED : PackReason.UNCHANGED;
            if (reason == PackReason.UNCHANGED) {
                log.pack(new PackEntry(false, reason, null, List.of(), elapsedMs(started)));
                return;
            }
            List<String> files = render(inputs.get(), fingerprint, stamp.orElse(null), log.runId());
            log.pack(new PackEntry(true, reason, null, files, elapsedMs(started)));
        } catch (Exception e) {
            log.pack(new PackEntry(false, PackReason.FAILED, rootMessage(e), List.of(), elapsedMs(started)));
        }
    }

    /**
     * Renders the pack into a staging folder inside the output folder, then moves each file into place, so a
     * reader never sees a half-written PDF; the stamp is written last.
     */
    private List<String> render(ReportInputs inputs, String fingerprint, PackState.Stamp old, String runId)
            throws IOException {
        Files.createDirectories(out);
        Path staging = out.resolve(STAGING);
        deleteTree(staging);
        List<Path> written = pack.write(inputs, staging);
        PackState.delete(out);
        List<String> names = new ArrayList<>();
        for (Path file : written) {
            Path target = out.resolve(staging.relativize(file.toAbsolutePath().normalize()));
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            names.add(out.relativize(target).toString());
        }
        if (old != null) {
            for (String name : old.files()) {
                if (!names.contains(name)) {
                    // a language or report no longer asked for: its old file would be mistaken for current
                    Files.deleteIfExists(out.resolve(name));
                }
            }
        }
        PackState.write(out, new PackState.Stamp(pack.options(), fingerprint, names, runId));
        deleteTree(staging);
        return names;
    }

    private RunLog finish(RunLog log, Inbox inbox) throws IOException {
        log.finish(Instant.now());
        Path file = log.write(inbox.folder(Inbox.RUNS));
        log.print(stdout, file);
        return log;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }

    private static String relative(Inbox inbox, Path file) {
        return inbox.root().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static long elapsedMs(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** The innermost cause: what an operator can act on, without Spring's wrapping. */
    private static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
