package org.salwmonitor.batch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    private static final byte[] KEY = "an example key of thirty-two bytes!".getBytes();

    @TempDir
    Path home;

    private static PseudonymKey key(Map<String, String> environment, String keyFile, Path home) {
        return new PseudonymKey(environment::get, keyFile, home.toString());
    }

    @Test
    void theEnvironmentVariableComesFirst() throws Exception {
        // given
        Path file = Files.writeString(home.resolve("other.key"), Base64.getEncoder().encodeToString(new byte[40]));
        // when
        byte[] key = key(Map.of("SALW_PSEUDONYM_KEY", Base64.getEncoder().encodeToString(KEY)), file.toString(), home)
                .key();
        // then
        assertThat(key).isEqualTo(KEY);
        assertThat(home.resolve(PseudonymKey.DEFAULT_FILE_NAME)).doesNotExist();
    }

    @Test
    void theConfiguredFileComesNext() throws Exception {
        Path file = Files.writeString(home.resolve("agency.key"), Base64.getEncoder().encodeToString(KEY) + "\n");
        assertThat(key(Map.of(), file.toString(), home).key()).isEqualTo(KEY);
        assertThat(home.resolve(PseudonymKey.DEFAULT_FILE_NAME)).doesNotExist();
    }

    @Test
    void elseAKeyFileIsCreatedInTheHomeReadableByItsOwnerOnlyAndUsedFromThenOn() throws Exception {
        // when
        byte[] first = key(Map.of(), "", home).key();
        byte[] second = key(Map.of(), "", home).key();
        // then
        Path file = home.resolve(PseudonymKey.DEFAULT_FILE_NAME);
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(home)).containsExactly(file);
    }

    @Test
    void aConfiguredFileThatIsMissingIsAnErrorNotANewKey() {
        Path missing = home.resolve("typo.key");
        assertThatThrownBy(() -> key(Map.of(), missing.toString(), home).key())
                .isInstanceOf(PseudonymKey.PseudonymKeyException.class).hasMessageContaining("typo.key");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> key(Map.of("SALW_PSEUDONYM_KEY", "s3cr3t-but-not-base64!"), "", home).key())
                .isInstanceOf(PseudonymKey.PseudonymKeyException.class)
                .hasMessageContaining("base64").message().doesNotContain("s3cr3t").doesNotContain("!");
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> key(Map.of("SALW_PSEUDONYM_KEY", Base64.getEncoder().encodeToString(new byte[31])),
                "", home).key())
                .isInstanceOf(PseudonymKey.PseudonymKeyException.class)
                .hasMessageContaining("at least 32 bytes, was 31 bytes");
    }
}
