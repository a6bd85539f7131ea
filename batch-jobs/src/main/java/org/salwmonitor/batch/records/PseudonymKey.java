package org.salwmonitor.batch.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.salwmonitor.batch.shared.SalwHome;
import org.salwmonitor.core.casefile.Pseudonym;

/**
 * The secret key that turns person identifiers into pseudonyms ({@link Pseudonym#derive}): the same key
 * gives the same pseudonym for the same identifier, in every file and every database, so agencies that
 * share the key can link persons across their records; without the key nobody can tell which identifier
 * a pseudonym stands for, or test a guess.
 *
 * <p>Where the key comes from, first found wins:
 * <ol>
 * <li>the environment variable {@value #ENVIRONMENT_VARIABLE}: the key in base64, at least
 *     {@value Pseudonym#MIN_KEY_BYTES} bytes;</li>
 * <li>the file named by the property {@code salw.pseudonym.key-file} (environment
 *     {@code SALW_PSEUDONYM_KEY_FILE}), holding the key in base64; it must exist;</li>
 * <li>the file {@code pseudonym.key} in the project home ({@code --home}, {@code $SALW_HOME}, else
 *     {@code ~/.salw}), created on first use with {@value #GENERATED_BYTES} random bytes from
 *     {@link SecureRandom}, readable by its owner only.</li>
 * </ol>
 * The key is read only when an events file is imported, held in memory only, and never written to the
 * database, a log or any output; error messages never quote it.
 */
@Component
public class PseudonymKey {

    /** The environment variable that may hold the key, in base64. */
    public static final String ENVIRONMENT_VARIABLE = "SALW_PSEUDONYM_KEY";
    /** The name of the key file in the project home. */
    public static final String DEFAULT_FILE_NAME = "pseudonym.key";
    /** Bytes of a generated key: 256 bits, the block of SHA-256. */
    static final int GENERATED_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(PseudonymKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final UnaryOperator<String> environment;
    private final String keyFile;
    private final String home;
    private byte[] key;

    /**
     * The key source of the application.
     *
     * @param keyFile  the property {@code salw.pseudonym.key-file}, may be blank
     * @param home     the property {@code salw.home}, may be blank (then {@link SalwHome#resolve()})
     */
    @Autowired
    public PseudonymKey(@Value("${salw.pseudonym.key-file:}") String keyFile, @Value("${salw.home:}") String home) {
        this(System::getenv, keyFile, home);
    }

    PseudonymKey(UnaryOperator<String> environment, String keyFile, String home) {
        this.environment = environment;
        this.keyFile = keyFile == null ? "" : keyFile.strip();
        this.home = home == null ? "" : home.strip();
    }

    /**
     * Returns the key, reading (or, the first time, creating) it on first use.
     *
     * @return a copy of the key, at least {@value Pseudonym#MIN_KEY_BYTES} bytes
     * @throws PseudonymKeyException if the configured key is missing or invalid
     */
    public synchronized byte[] key() {
        if (key == null) {
            key = load();
        }
        return key.clone();
    }

    private byte[] load() {
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return decode(fromEnvironment, "the environment variable " + ENVIRONMENT_VARIABLE);
        }
        if (!keyFile.isEmpty()) {
            Path file = Path.of(keyFile);
            if (!Files.isRegularFile(file)) {
                // never create a key where one was expected: a new key would silently break every link
                throw new PseudonymKeyException("salw.pseudonym.key-file names " + file.toAbsolutePath()
                        + ", which is not a readable file");
            }
            return read(file);
        }
        Path file = (home.isEmpty() ? SalwHome.resolve() : Path.of(home)).resolve(DEFAULT_FILE_NAME);
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    private static byte[] read(Path file) {
        warnIfOthersCanRead(file);
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new PseudonymKeyException("cannot read the pseudonym key file " + file.toAbsolutePath() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // the decoder's message quotes the offending character of the key: not repeated
            throw new PseudonymKeyException(where + " must hold the pseudonym key in base64; it does not");
        }
        if (decoded.length < Pseudonym.MIN_KEY_BYTES) {
            throw new PseudonymKeyException(where + " must hold a pseudonym key of at least " + Pseudonym.MIN_KEY_BYTES
                    + " bytes, was " + decoded.length + " bytes");
        }
        return decoded;
    }

    /**
     * Writes a new random key: first into a private temporary file, then linked into place, so that two
     * imports starting at once agree on one key and nobody ever reads a half-written file.
     */
    private static void create(Path file) {
        byte[] fresh = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Path temporary = Files.createTempFile(dir, ".pseudonym", ".tmp", attributes);
            try {
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.createLink(file, temporary);
                } catch (FileAlreadyExistsException e) {
                    return; // another import created it first: that key is the key
                } catch (UnsupportedOperationException | IOException e) {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info("Created a new pseudonym key in {} (readable by its owner only). Keep it: without it the"
                    + " pseudonyms of later imports no longer link to earlier ones.", file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the pseudonym key file " + file.toAbsolutePath(), e);
        }
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
                LOG.warn("The pseudonym key file {} can be read by other users; restrict it with chmod 600",
                        file.toAbsolutePath());
            }
        } catch (IOException e) {
            // the read that follows reports an unreadable file
        }
    }

    /** The pseudonym key is not configured correctly: a configuration error, never quoting the key. */
    public static class PseudonymKeyException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        PseudonymKeyException(String message) {
            super("pseudonym key: " + message);
        }
    }
}
