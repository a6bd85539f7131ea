package org.salwmonitor.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file behind a report, listed in the data sources annex so that every figure can be traced
 * to the bytes it came from.
 *
 * @param name        the file name as imported, not blank
 * @param sha256      the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 * @param importedOn  the day the file was imported, not null
 * @param rows        the number of data rows (header excluded), zero or more
 */
public record SourceFile(String name, String sha256, LocalDate importedOn, long rows) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Validates every field. */
    public SourceFile {
        Objects.requireNonNull(name, "name must not be null");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        Objects.requireNonNull(sha256, "sha256 must not be null");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal digits, was '" + sha256 + "'");
        }
        Objects.requireNonNull(importedOn, "importedOn must not be null");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be zero or more, was " + rows);
        }
    }

    /**
     * Describes a CSV file: its name, SHA-256 and number of data rows (non-empty lines after the header).
     *
     * @param file        the file, not null
     * @param importedOn  the day it was imported, not null
     * @return the description, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SourceFile describe(Path file, LocalDate importedOn) {
        try (InputStream in = Files.newInputStream(file)) {
            return describe(file.getFileName().toString(), in, importedOn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + file, e);
        }
    }

    /**
     * Describes a CSV stream: its SHA-256 and number of data rows (non-empty lines after the header).
     * Quoted fields with line breaks are not expected in the import templates.
     *
     * @param name        the file name, not blank
     * @param in          the bytes, not null; read to the end, not closed
     * @param importedOn  the day it was imported, not null
     * @return the description, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static SourceFile describe(String name, InputStream in, LocalDate importedOn) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long lines = 0;
            DigestInputStream digesting = new DigestInputStream(in, digest);
            BufferedReader reader = new BufferedReader(new InputStreamReader(digesting, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines += line.isBlank() ? 0 : 1;
            }
            return new SourceFile(name, HexFormat.of().formatHex(digest.digest()), importedOn, Math.max(0, lines - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
