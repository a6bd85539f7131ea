package org.salwmonitor.batch.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Looks at the first bytes of an input file and tells how to read it: spreadsheet or text, the
 * encoding (UTF-8 with or without BOM, else Windows-1251, common in the region), the delimiter
 * ({@code ,} {@code ;} or tab, whichever the header uses most) and the header line. Files that cannot
 * be read at all are refused as a whole with a {@link FileRefusedException}.
 */
public final class TextFileSniffer {

    /** Windows-1251, the Cyrillic code page still used by many national systems. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TextFileSniffer() {
    }

    /** What the sniffer found. */
    public record Sniffed(Path file, boolean spreadsheet, Charset charset, boolean bom, char delimiter,
                          String headerLine, boolean crlf) {

        /**
         * Returns the column names of the header line, stripped and upper-case.
         *
         * @return the names, empty for a spreadsheet or a header that is not CSV
         */
        public List<String> headerColumns() {
            if (headerLine == null) {
                return List.of();
            }
            try (CSVParser parser = CSVParser.parse(headerLine, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
                return parser.getRecords().stream().findFirst()
                        .map(record -> record.stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList())
                        .orElse(List.of());
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        }
    }

    /**
     * Sniffs a file.
     *
     * @param file           the file
     * @param forcedEncoding an encoding given by the user, or null to detect it
     * @return how to read the file
     * @throws FileRefusedException if the file is empty, binary or has no header line
     */
    public static Sniffed sniff(Path file, Charset forcedEncoding) {
        byte[] sample = readSample(file);
        if (sample.length == 0) {
            throw new FileRefusedException(file, "FILE_EMPTY", "the file is empty (0 bytes)");
        }
        if (startsWith(sample, ZIP_MAGIC)) {
            return new Sniffed(file, true, null, false, ',', null, false);
        }
        boolean bom = startsWith(sample, UTF8_BOM);
        byte[] body = bom ? Arrays.copyOfRange(sample, UTF8_BOM.length, sample.length) : sample;
        int binaryAt = firstBinaryByte(body);
        if (binaryAt >= 0) {
            throw new FileRefusedException(file, "FILE_BINARY", "the file is not text: control byte 0x"
                    + String.format("%02X", body[binaryAt] & 0xFF) + " at byte " + (binaryAt + (bom ? 3 : 0)));
        }
        Charset charset = forcedEncoding != null ? forcedEncoding
                : (bom || isUtf8(body, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1251);
        String text = new String(body, charset);
        String header = firstNonBlankLine(text);
        if (header == null) {
            throw new FileRefusedException(file, "FILE_EMPTY", "the file has no header line (only blank lines)");
        }
        return new Sniffed(file, false, charset, bom, delimiterOf(header), header, text.contains("\r\n"));
    }

    private static byte[] readSample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Returns the index of the first byte that no text file has (NUL and C0 controls but tab, CR, LF, FF), or -1. */
    private static int firstBinaryByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return i;
            }
        }
        return -1;
    }

    /** Strictly decodes as UTF-8; a sample cut mid-character at its end still counts as UTF-8. */
    private static boolean isUtf8(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        if (truncated) {
            // drop up to three trailing bytes of a multi-byte sequence cut by the sample boundary
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0xC0) {
                length = length - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse(null);
    }

    /** The candidate delimiter that occurs most often outside quotes in the header; comma on a tie. */
    static char delimiterOf(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
