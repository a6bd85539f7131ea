package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileSnifferTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void detectsUtf8WithBomAndSemicolons() throws IOException {
        // given
        byte[] body = "REF_AREA;TIME_PERIOD\r\nKZ;2020\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        // when
        TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(write("bom.csv", bytes), null);
        // then
        assertThat(sniffed.bom()).isTrue();
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniffed.delimiter()).isEqualTo(';');
        assertThat(sniffed.headerLine()).isEqualTo("REF_AREA;TIME_PERIOD");
    }

    @Test
    void fallsBackToWindows1251WhenNotUtf8() throws IOException {
        // given
        Path file = write("cp1251.csv", "REF_AREA,COMMENT\nKZ,Министерство\n".getBytes(TextFileSniffer.WINDOWS_1251));
        // when
        TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(file, null);
        // then
        assertThat(sniffed.charset()).isEqualTo(TextFileSniffer.WINDOWS_1251);
    }

    @Test
    void keepsUtf8Cyrillic() throws IOException {
        Path file = write("utf8.csv", "REF_AREA\tCOMMENT\nKZ\tМинистерство\n".getBytes(StandardCharsets.UTF_8));
        TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(file, null);
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniffed.delimiter()).isEqualTo('\t');
    }

    @Test
    void refusesEmptyAndBinaryFiles() throws IOException {
        assertThatThrownBy(() -> TextFileSniffer.sniff(write("empty.csv", new byte[0]), null))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("empty.csv").hasMessageContaining("FILE_EMPTY");
        assertThatThrownBy(() -> TextFileSniffer.sniff(write("garbage.csv", new byte[] {'a', 0, 1, 2}), null))
                .isInstanceOf(FileRefusedException.class).hasMessageContaining("FILE_BINARY").hasMessageContaining("byte 1");
    }

    @Test
    void recognisesXlsxByItsZipSignature() throws IOException {
        TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(write("book.csv", new byte[] {'P', 'K', 3, 4, 0, 0}), null);
        assertThat(sniffed.spreadsheet()).isTrue();
    }
}
