package org.salwmonitor.batch.shared;

import static org.salwmonitor.batch.db.Tables.SOURCE_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Registers input files by name and SHA-256, so every stored value can name the file it came from. */
@Component
public class SourceFiles {

    private final DSLContext dsl;

    public SourceFiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns the id of the file's record, creating it on first import. */
    public long register(Path file, String sha256, String kind, String format, String encoding) {
        return dsl.insertInto(SOURCE_FILE, SOURCE_FILE.FILE_NAME, SOURCE_FILE.SHA256, SOURCE_FILE.KIND,
                        SOURCE_FILE.FORMAT, SOURCE_FILE.ENCODING)
                .values(file.getFileName().toString(), sha256, kind, format, encoding)
                .onConflict(SOURCE_FILE.SHA256, SOURCE_FILE.FILE_NAME)
                .doUpdate().set(SOURCE_FILE.FORMAT, format)
                .returning(SOURCE_FILE.ID)
                .fetchOne(SOURCE_FILE.ID);
    }

    /** Returns the lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
