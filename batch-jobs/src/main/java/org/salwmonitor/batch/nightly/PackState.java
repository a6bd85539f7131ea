package org.salwmonitor.batch.nightly;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.salwmonitor.batch.report.ReportInputs;

/**
 * What the public pack in an output folder was rendered from, kept beside it in
 * {@code .salw-pack.properties}: the pack options, a fingerprint of the data the pack shows and the files
 * written. The stamp is removed before a pack is rendered and written after its last file is in place, so
 * a run killed while rendering leaves no stamp and the next run renders again.
 */
final class PackState {

    /** The stamp's file name in the output folder. */
    static final String FILE_NAME = ".salw-pack.properties";

    private PackState() {
    }

    /**
     * A stamp.
     *
     * @param options  the pack options (region, years asked for, languages, threshold)
     * @param data     the fingerprint of the data shown
     * @param files    the names of the files of the pack
     * @param run      the run that wrote it
     */
    record Stamp(String options, String data, List<String> files, String run) {
        Stamp {
            files = List.copyOf(files);
        }

        /** Whether every file of the pack is still in the folder. */
        boolean complete(Path folder) {
            return files.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
        }
    }

    /**
     * The fingerprint of the data a pack shows: a SHA-256 of everything in the inputs (the aggregates the
     * reports print, the legal records, the source files). Equal inputs give equal fingerprints in any run.
     */
    static String fingerprint(ReportInputs inputs) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add(digest, inputs.region().code() + " " + inputs.fromYear() + "-" + inputs.toYear() + " as of "
                + inputs.dataAsOf() + " synthetic " + inputs.synthetic() + " undated " + inputs.submissionsWithoutDate());
        // the aggregates the pack prints, in a fixed order (map iteration order is not stable across runs)
        var aggregates = inputs.aggregates();
        add(digest, "observations " + inputs.observationCount());
        aggregates.scope().indicators().forEach(indicator -> add(digest, indicator.code() + " "
                + aggregates.indicatorValues().get(indicator)));
        for (var country : inputs.region().members()) {
            add(digest, country.alpha2() + " " + aggregates.weaponTypes().get(country) + " "
                    + aggregates.sdgCounts().get(country));
        }
        add(digest, aggregates.sdgRates() + " " + aggregates.regionalSdg() + " " + aggregates.completeness() + " "
                + aggregates.violations() + " " + aggregates.expectedValues());
        inputs.participations().forEach(participation -> add(digest, participation.toString()));
        inputs.submissions().forEach(submission -> add(digest, submission.toString()));
        inputs.sources().forEach(source -> add(digest, source.toString()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    /** Reads the stamp of a folder; empty if there is none or it cannot be read. */
    static Optional<Stamp> read(Path folder) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String files = properties.getProperty("files", "");
        return Optional.of(new Stamp(properties.getProperty("options", ""), properties.getProperty("data", ""),
                files.isEmpty() ? List.of() : Arrays.asList(files.split(",")), properties.getProperty("run", "")));
    }

    /** Writes a folder's stamp, replacing the old one in one step. */
    static void write(Path folder, Stamp stamp) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("options", stamp.options());
        properties.setProperty("data", stamp.data());
        properties.setProperty("files", String.join(",", stamp.files()));
        properties.setProperty("run", stamp.run());
        StringWriter text = new StringWriter();
        properties.store(text, "What the public pack here was rendered from (salw nightly); do not edit");
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes a folder's stamp: what is there is no longer known to be a whole pack. */
    static void delete(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }
}
