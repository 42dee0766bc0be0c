package org.shuzhi.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of a workbook, streamed with POI's SAX event reader — the sheet is never held in memory, so large
 * workbooks load like CSV. Row 1 is the header. Dates come out as ISO dates (date-times when they have a time of
 * day) and numbers in plain notation (a mobile number typed as a number stays 13912345678), whatever the cell
 * format shows.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static void read(Path file, RowSink sink) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileReaders.UnreadableFile("the workbook has no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                Rows rows = new Rows(sink);
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
                if (!rows.headerSeen) {
                    throw new FileReaders.UnreadableFile("no header row", null);
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new FileReaders.UnreadableFile(e.getMessage(), e);
        }
    }

    /** Collects the cells of a row and hands it on when it ends. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int[] columns;
        private int items = -1;
        private boolean headerSeen;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                columns = new int[cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    columns[i] = cells.get(i) == null ? -1 : sink.column(cells.get(i).strip());
                    items = Math.max(items, columns[i]);
                }
                headerSeen = true;
                sink.headerRead();
                return;
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return; // an empty row, as spreadsheets keep formatted ones
            }
            String[] values = new String[items + 1];
            for (int i = 0; i < Math.min(cells.size(), columns.length); i++) {
                if (columns[i] >= 0) {
                    values[columns[i]] = cells.get(i);
                }
            }
            sink.row(rowNum + 1L, values);
        }
    }

    /** Formats numeric cells for loading, not for display: ISO dates, plain numbers. */
    private static final class PlainFormatter extends DataFormatter {

        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
