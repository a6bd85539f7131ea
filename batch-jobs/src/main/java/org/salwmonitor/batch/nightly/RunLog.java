package org.salwmonitor.batch.nightly;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.ImportResult.Outcome;
import org.salwmonitor.batch.shared.Json;

/**
 * What one nightly run did, written as JSON into the inbox's {@code runs/} folder and summed up on the
 * console: the files with their kind, outcome, counts and where they went, whether the pack was
 * rendered and why, the exit code and the timings. It holds counts, rules and reasons, never row values.
 */
public final class RunLog {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Which lock a run could not take. */
    public enum Lock {
        /** The run held both locks. */
        ACQUIRED,
        /** Another run holds the lock file of the inbox. */
        HELD_ON_INBOX,
        /** Another run holds the nightly advisory lock of the database. */
        HELD_ON_DATABASE
    }

    /**
     * One file of the run.
     *
     * @param file            its name as it arrived
     * @param kind            the kind recognised, or null if none
     * @param format          the format or sub-kind the importer found, or null
     * @param outcome         how its import ended
     * @param resumed         whether a run that died had claimed it
     * @param movedTo         where it is now, relative to the inbox
     * @param rejectsFile     its rejects file, relative to the inbox, or null
     * @param counts          the import summary
     * @param reason          why it was refused or failed ({@code RULE: reason}), or null
     * @param jobExecutionId  the job execution that imported it, or null
     * @param durationMs      how long it took
     */
    public record FileEntry(String file, String kind, String format, Outcome outcome, boolean resumed, String movedTo,
                            String rejectsFile, ImportCounts counts, String reason, Long jobExecutionId,
                            long durationMs) {

        /** Whether the file changed the data: rows imported, updated or deleted. */
        public boolean changedData() {
            return counts.imported() + counts.updated() + counts.deleted() > 0;
        }
    }

    /** Why the pack was or was not rendered. */
    public enum PackReason {
        /** The output folder held no complete pack. */
        PACK_MISSING,
        /** The pack options (region, years, languages, threshold) differ from those of the pack there. */
        OPTIONS_CHANGED,
        /** The data the pack shows changed since it was rendered. */
        DATA_CHANGED,
        /** Not rendered: the pack there shows the current data. */
        UNCHANGED,
        /** Not rendered: the database holds nothing to report on the region and years. */
        NOTHING_TO_REPORT,
        /** Rendering failed. */
        FAILED
    }

    /**
     * The pack part of the run.
     *
     * @param written     whether a pack was written
     * @param reason      why (not)
     * @param detail      what was said about it, or null
     * @param files       the files written, by name
     * @param durationMs  how long loading and rendering took
     */
    public record PackEntry(boolean written, PackReason reason, String detail, List<String> files, long durationMs) {
        public PackEntry {
            files = List.copyOf(files);
        }
    }

    private final String runId;
    private final Path inbox;
    private final Path out;
    private final Instant startedAt;
    private final List<FileEntry> files = new ArrayList<>();
    private Lock lock = Lock.ACQUIRED;
    private String lockHolder;
    private PackEntry pack;
    private String failure;
    private Instant finishedAt;

    RunLog(Path inbox, Path out, Instant startedAt) {
        this.runId = FILE_TIME.format(startedAt) + "-p" + ProcessHandle.current().pid();
        this.inbox = inbox;
        this.out = out;
        this.startedAt = startedAt;
    }

    /** The run's id: its start time (UTC) and process id. */
    public String runId() {
        return runId;
    }

    void locked(Lock which, String holder) {
        this.lock = which;
        this.lockHolder = holder;
    }

    void add(FileEntry entry) {
        files.add(entry);
    }

    void pack(PackEntry entry) {
        this.pack = entry;
    }

    void failed(String message) {
        this.failure = message;
    }

    void finish(Instant at) {
        this.finishedAt = at;
    }

    /** Which lock stopped the run, or {@link Lock#ACQUIRED}. */
    public Lock lock() {
        return lock;
    }

    /** The files of the run, in the order they were taken. */
    public List<FileEntry> files() {
        return List.copyOf(files);
    }

    /** The pack part, or null if the run did not get that far. */
    public PackEntry pack() {
        return pack;
    }

    /**
     * The exit code: {@link ExitCodes#LOCKED} if another run held a lock; else {@link ExitCodes#FAILURE} if
     * anything failed (a file stays in {@code working/} and the next run resumes it); else
     * {@link ExitCodes#REFUSED} if a file was refused as a whole; else {@link ExitCodes#REJECTED_ROWS} if
     * rows were rejected; else {@link ExitCodes#SUCCESS}.
     */
    public int exitCode() {
        if (lock != Lock.ACQUIRED) {
            return ExitCodes.LOCKED;
        }
        if (failure != null || has(Outcome.FAILED) || (pack != null && pack.reason() == PackReason.FAILED)) {
            return ExitCodes.FAILURE;
        }
        if (has(Outcome.REFUSED)) {
            return ExitCodes.REFUSED;
        }
        return has(Outcome.IMPORTED_WITH_REJECTS) ? ExitCodes.REJECTED_ROWS : ExitCodes.SUCCESS;
    }

    private boolean has(Outcome outcome) {
        return files.stream().anyMatch(file -> file.outcome() == outcome);
    }

    /** The run log as JSON-ready maps and lists. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", runId);
        json.put("inbox", inbox.toString());
        json.put("out", out.toString());
        json.put("startedAt", startedAt.toString());
        json.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
        json.put("durationMs", finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis());
        json.put("exitCode", exitCode());
        json.put("lock", lock.name());
        json.put("lockHolder", lockHolder);
        json.put("failure", failure);
        json.put("dataChanged", files.stream().anyMatch(FileEntry::changedData));
        ImportCounts total = files.stream().map(FileEntry::counts).reduce(ImportCounts.ZERO, ImportCounts::plus);
        json.put("totals", counts(total));
        json.put("files", files.stream().map(RunLog::fileJson).toList());
        if (pack != null) {
            Map<String, Object> packJson = new LinkedHashMap<>();
            packJson.put("written", pack.written());
            packJson.put("reason", pack.reason().name());
            packJson.put("detail", pack.detail());
            packJson.put("files", pack.files());
            packJson.put("durationMs", pack.durationMs());
            json.put("pack", packJson);
        } else {
            json.put("pack", null);
        }
        return json;
    }

    private static Map<String, Object> fileJson(FileEntry file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.file());
        json.put("kind", file.kind());
        json.put("format", file.format());
        json.put("outcome", file.outcome().name());
        json.put("resumed", file.resumed());
        json.put("movedTo", file.movedTo());
        json.put("rejectsFile", file.rejectsFile());
        json.putAll(counts(file.counts()));
        json.put("reason", file.reason());
        json.put("jobExecutionId", file.jobExecutionId());
        json.put("durationMs", file.durationMs());
        return json;
    }

    private static Map<String, Object> counts(ImportCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", counts.read());
        json.put("imported", counts.imported());
        json.put("updated", counts.updated());
        json.put("unchanged", counts.unchanged());
        json.put("deleted", counts.deleted());
        json.put("rejected", counts.rejected());
        return json;
    }

    /**
     * Writes the run log into a folder as {@code nightly-<start time>-p<pid>.json}, whole or not at all.
     *
     * @return the file written
     */
    Path write(Path folder) throws IOException {
        Path temporary = Files.createTempFile(folder, ".nightly-", ".json.tmp");
        Files.writeString(temporary, Json.write(toJson()) + "\n", StandardCharsets.UTF_8);
        for (int n = 1; ; n++) {
            Path target = folder.resolve("nightly-" + runId + (n == 1 ? "" : "-" + n) + ".json");
            try {
                return Files.move(temporary, target);
            } catch (FileAlreadyExistsException taken) {
                // two runs of one process in the same millisecond (tests): number the second
            }
        }
    }

    /** Prints the short summary of the run. */
    void print(PrintStream stdout, Path logFile) {
        stdout.println("salw nightly " + runId + ": " + files.size() + " file(s)"
                + (files.stream().anyMatch(FileEntry::resumed) ? ", " + files.stream().filter(FileEntry::resumed).count()
                        + " left by a run that died" : ""));
        for (FileEntry file : files) {
            ImportCounts c = file.counts();
            stdout.println("  " + file.file() + ": " + file.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (file.kind() == null ? "" : " [" + file.kind() + (file.format() == null ? "" : " " + file.format())
                            + "]")
                    + (file.jobExecutionId() == null ? "" : ", read " + c.read() + ", imported " + c.imported()
                            + ", updated " + c.updated() + ", unchanged " + c.unchanged() + ", deleted " + c.deleted()
                            + ", rejected " + c.rejected())
                    + " -> " + file.movedTo());
            if (file.reason() != null) {
                stdout.println("    " + file.reason());
            }
        }
        if (pack != null) {
            stdout.println("pack: " + (pack.written() ? "written into " + out + " (" + describe(pack.reason()) + ", "
                    + pack.files().size() + " files)" : "not written (" + describe(pack.reason()) + ")")
                    + (pack.detail() == null ? "" : ": " + pack.detail()));
        }
        if (failure != null) {
            stdout.println("failed: " + failure);
        }
        stdout.println("run log: " + logFile);
        stdout.println("exit code " + exitCode() + ": " + meaning(exitCode()));
    }

    private static String describe(PackReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What an exit code of the nightly run means, in a few words. */
    static String meaning(int exitCode) {
        return switch (exitCode) {
            case ExitCodes.SUCCESS -> "success";
            case ExitCodes.FAILURE -> "failure; the next run resumes what is left in working/";
            case ExitCodes.REJECTED_ROWS -> "some rows were rejected (rejects files under processed/)";
            case ExitCodes.REFUSED -> "a file was refused as a whole (see rejected/)";
            case ExitCodes.LOCKED -> "another run holds the lock; nothing was done";
            default -> "see salw --help";
        };
    }
}
