package org.salwmonitor.batch.shared;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.xml.sax.SAXException;

/**
 * Reads one sheet of an Excel workbook ({@code .xlsx}) row by row, as {@link CsvRowReader} reads a CSV
 * file, so that the same validation applies to both.
 *
 * <p><b>Sheet</b>: among the visible sheets (hidden ones hold code lists and helpers, never data), the
 * first named {@code data} or {@code statistics} (ignoring case and surrounding spaces), else the first.
 * <b>Header</b>: the first row with a non-blank cell; its cells from the first to the last non-blank one
 * are the column names (stripped, upper-cased).
 * <b>Rows</b>: each later non-blank row becomes a {@link CsvRow} whose line is the spreadsheet row
 * number (1 when the header is in row 1); rows whose cells are all blank are skipped, as blank lines of
 * a CSV file are. Cells a spreadsheet leaves out (blank trailing cells) are empty values; only a
 * non-blank cell outside the header's columns makes the row a {@link CsvRowReader#FIELD_COUNT} error.
 *
 * <p><b>Cell values</b> are text as a person reads them, never rounded or regrouped: text exactly as
 * typed (not trimmed); numbers in plain decimal notation, at most 15 significant digits as Excel shows
 * them, without a trailing {@code .0} and without the thousands separators or decimal rounding of the
 * cell's display format (so {@code 1234} shown as {@code 1,234} reads {@code 1234}, and {@code 12.6}
 * shown as {@code 13} reads {@code 12.6} and is rejected rather than silently rounded); numbers in a
 * date or time format as ISO 8601 ({@code 2020-03-01}, {@code 2020-03-01T10:15:00}); booleans as
 * {@code TRUE} or {@code FALSE}; error cells as the error ({@code #N/A}).
 *
 * <p><b>Formulas</b> are never evaluated by the reader. A formula whose cached result is a number or a
 * boolean yields that result, the figure the person saw (totals are often sums). Any other formula
 * (a text or error result, or no cached result) yields its formula text with a leading {@code =}, so
 * it is stored as text (the validator's {@code TEXT_FORMULA} notice) or rejected in a column that
 * needs a code or a number; it never turns silently into another value. A cell of a shared formula
 * range other than the first holds no formula text of its own: it yields its cached text result, or
 * a bare {@code =} without one.
 *
 * <p>The sheet is streamed (StAX over the sheet part): memory stays flat however many rows the sheet
 * has; only the workbook's table of distinct strings and its styles are held. Restartable like
 * {@link CsvRowReader}: Spring Batch stores the number of rows read with each committed chunk and a
 * restart skips that many rows. A workbook that cannot be opened is refused as a whole
 * ({@code XLSX_UNREADABLE}, or {@code HEADER_MISSING} for a sheet without a non-blank row); a sheet
 * that breaks off in the middle ends with a broken row.
 */
public class XlsxRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> implements RowReader {

    /** Names of the sheet read in preference to the first one, compared ignoring case. */
    public static final List<String> PREFERRED_SHEETS = List.of("data", "statistics");

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final Path file;
    private final String fileName;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private OPCPackage workbook;
    private InputStream sheetStream;
    private XMLStreamReader sheet;
    private SharedStrings sharedStrings;
    private StylesTable styles;
    private boolean date1904;
    private String sheetName;
    private List<String> header;
    private int headerRow;
    private int firstColumn;
    private int lastRow;
    private long rowLength;
    private boolean broken;

    /** A reader of the given workbook; nothing is read before {@link #open}. */
    public XlsxRowReader(Path file) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        setName("xlsxRowReader");
    }

    /** What {@link #peek} found: the sheet read, its header and whether a data row follows. */
    public record Peek(String sheetName, int headerRow, List<String> header, boolean hasDataRow) {
    }

    /**
     * Opens a workbook, reads its header and looks for a first data row, then closes it.
     *
     * @param file the workbook
     * @return the sheet, header and whether there is data
     * @throws FileRefusedException if the workbook cannot be read or its sheet has no header
     */
    public static Peek peek(Path file) {
        XlsxRowReader reader = new XlsxRowReader(file);
        reader.doOpen();
        try {
            boolean data = reader.doRead() != null;
            return new Peek(reader.sheetName, reader.headerRow, reader.header, data);
        } finally {
            reader.doClose();
        }
    }

    /** Returns the upper-case column names of the header. */
    @Override
    public List<String> header() {
        return header;
    }

    /** The name of the sheet being read. */
    public String sheetName() {
        return sheetName;
    }

    @Override
    protected void doOpen() {
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            String relationId = chooseSheet(reader);
            sharedStrings = new ReadOnlySharedStringsTable(workbook, false);
            styles = reader.getStylesTable();
            sheetStream = reader.getSheet(relationId);
            sheet = XML.createXMLStreamReader(sheetStream);
            readHeader();
        } catch (FileRefusedException e) {
            doClose();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
            doClose();
            throw new FileRefusedException(file, "XLSX_UNREADABLE", "the workbook cannot be read: " + e.getMessage());
        }
    }

    /** Picks the sheet to read from the workbook part; also reads the 1904 date system flag. */
    private String chooseSheet(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        record Sheet(String name, String relationId, boolean visible) {
        }
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (xml.getLocalName().equals("workbookPr")) {
                        String flag = attribute(xml, "date1904");
                        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if (xml.getLocalName().equals("sheet")) {
                        sheets.add(new Sheet(attribute(xml, "name"), relationId(xml), attribute(xml, "state") == null
                                || attribute(xml, "state").equals("visible")));
                    }
                }
            } finally {
                xml.close();
            }
        }
        List<Sheet> visible = sheets.stream().filter(Sheet::visible).toList();
        Sheet chosen = visible.stream()
                .filter(s -> s.name() != null && PREFERRED_SHEETS.contains(s.name().strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0));
        if (chosen == null || chosen.relationId() == null) {
            throw new FileRefusedException(file, "XLSX_UNREADABLE", "the workbook has no visible sheet");
        }
        sheetName = chosen.name();
        return chosen.relationId();
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals(localName) && (namespace == null || namespace.isEmpty())) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The {@code r:id} of a sheet element, whatever prefix the relationships namespace has. */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && namespace.contains("relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private void readHeader() throws XMLStreamException {
        Map<Integer, String> cells;
        do {
            cells = nextRow();
            if (cells == null) {
                throw new FileRefusedException(file, "HEADER_MISSING",
                        "sheet '" + sheetName + "' has no header row (every row is blank)");
            }
        } while (isBlank(cells));
        if (tooLong()) {
            throw new FileRefusedException(file, "HEADER_MISSING", "row " + lastRow + " of sheet '" + sheetName
                    + "' holds " + rowLength + " characters: too long to be a header");
        }
        TreeMap<Integer, String> named = new TreeMap<>();
        cells.forEach((column, text) -> {
            if (!text.isBlank()) {
                named.put(column, text.strip().toUpperCase(Locale.ROOT));
            }
        });
        firstColumn = named.firstKey();
        int last = named.lastKey();
        List<String> names = new ArrayList<>();
        for (int column = firstColumn; column <= last; column++) {
            names.add(named.getOrDefault(column, ""));
        }
        header = List.copyOf(names);
        headerRow = lastRow;
    }

    @Override
    protected CsvRow doRead() {
        if (broken) {
            return null;
        }
        try {
            Map<Integer, String> cells;
            do {
                cells = nextRow();
                if (cells == null) {
                    return null;
                }
            } while (isBlank(cells));
            return toRow(cells);
        } catch (XMLStreamException | POIXMLException | IllegalArgumentException | IndexOutOfBoundsException e) {
            broken = true;
            return CsvRow.broken(fileName, lastRow + 1, e.getMessage());
        }
    }

    private CsvRow toRow(Map<Integer, String> cells) {
        if (tooLong()) {
            return CsvRow.tooLong(fileName, lastRow, rowLength);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), cells.getOrDefault(firstColumn + i, ""));
        }
        int lastColumn = firstColumn + header.size() - 1;
        int from = firstColumn;
        int to = lastColumn;
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            if (!cell.getValue().isBlank()) {
                from = Math.min(from, cell.getKey());
                to = Math.max(to, cell.getKey());
            }
        }
        if (from != firstColumn || to != lastColumn) {
            // a value outside the header's columns: rejected like a CSV record with too many fields
            values.put(CsvRowReader.FIELD_COUNT, Integer.toString(to - from + 1));
        }
        return new CsvRow(fileName, lastRow, values, null);
    }

    private boolean isBlank(Map<Integer, String> cells) {
        return !tooLong() && cells.values().stream().allMatch(String::isBlank);
    }

    /**
     * Moves to the next {@code row} element and returns its cells as text by column index (0 = A),
     * or null after the last row. Blank rows are returned too; the caller skips them.
     */
    private Map<Integer, String> nextRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("sheetData")) {
                return null;
            }
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                String number = attribute(sheet, "r");
                lastRow = number == null ? lastRow + 1 : Integer.parseInt(number.strip());
                return readCells();
            }
        }
        return null;
    }

    private Map<Integer, String> readCells() throws XMLStreamException {
        Map<Integer, String> cells = new TreeMap<>();
        int column = -1;
        rowLength = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                String reference = attribute(sheet, "r");
                column = reference == null ? column + 1 : columnOf(reference);
                String text = readCell();
                rowLength += text.length() + 1;
                // past the limit only the length counts: the row is rejected without keeping its text
                if (!tooLong()) {
                    cells.put(column, text);
                }
            }
        }
        throw new XMLStreamException("the sheet ends inside row " + lastRow);
    }

    private boolean tooLong() {
        return rowLength > CsvRowReader.MAX_ROW_CHARACTERS;
    }

    /** Reads one {@code c} element up to its end and returns its value as text. */
    private String readCell() throws XMLStreamException {
        String type = attribute(sheet, "t");
        String style = attribute(sheet, "s");
        String formula = null;
        String value = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "f" -> formula = sheet.getElementText();
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = sheet.getElementText();
                        if (inline != null && phonetic == 0) {
                            inline.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "rPh" -> phonetic--;
                    case "c" -> {
                        return cellText(type == null ? "n" : type, style, formula, value,
                                inline == null ? "" : inline.toString());
                    }
                    default -> { }
                }
            }
        }
        throw new XMLStreamException("the sheet ends inside a cell of row " + lastRow);
    }

    /**
     * The text of a cell from its type ({@code t}), style ({@code s}), formula ({@code f}, null if none),
     * cached value ({@code v}) and inline string ({@code is}).
     */
    private String cellText(String type, String style, String formula, String value, String inline) {
        boolean hasFormula = formula != null;
        // a shared formula's later cells carry an empty f element: their formula text is not in the file
        String formulaText = hasFormula ? "=" + formula.strip() : "";
        return switch (type) {
            case "s" -> value == null ? "" : sharedStrings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inline;
            case "b" -> value == null ? formulaText
                    : (value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE");
            case "str", "e" -> {
                if (!hasFormula) {
                    yield value == null ? "" : value;
                }
                yield formulaText.length() > 1 || value == null ? formulaText : value;
            }
            case "d" -> value == null ? "" : isoDate(value.strip());
            default -> value == null || value.isBlank() ? formulaText
                    : number(value.strip(), style);
        };
    }

    /** A number as a person reads it: plain decimal, 15 significant digits, a date as ISO 8601. */
    private String number(String raw, String style) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style != null && isDateStyle(Integer.parseInt(style.strip()))) {
            double serial = number.doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDateTime moment = DateUtil.getLocalDateTime(serial, date1904, true);
                if (serial < 1) {
                    return moment.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
                }
                return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? moment.toLocalDate().toString()
                        : moment.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
        }
        return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    /** A strict-OOXML date cell ({@code t="d"}): the date alone when the time is midnight. */
    private static String isoDate(String value) {
        return value.endsWith("T00:00:00") || value.endsWith("T00:00:00Z") ? value.substring(0, 10) : value;
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("cell reference '" + reference + "' names no column");
        }
        return column - 1;
    }

    @Override
    protected void doClose() {
        try {
            if (sheet != null) {
                sheet.close();
            }
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (XMLStreamException | IOException e) {
            // closing a read-only stream cannot lose data; the package is reverted below
        } finally {
            sheet = null;
            sheetStream = null;
            if (workbook != null) {
                workbook.revert();
                workbook = null;
            }
        }
    }
}
