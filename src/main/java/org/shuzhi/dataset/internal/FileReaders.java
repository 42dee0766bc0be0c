package org.shuzhi.dataset.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded file row by row into a {@link RowSink}, streaming: CSV (UTF-8 with or without BOM, else GBK /
 * GB18030), JSON (an array of objects) and XLSX ({@link XlsxReader}). Bytes read are counted into {@code bytesRead}
 * for the load's progress.
 */
final class FileReaders {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final JsonFactory JSON = new com.fasterxml.jackson.databind.MappingJsonFactory();

    private FileReaders() {
    }

    /** Thrown when the file cannot be read as its format at all; the message says where. */
    static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void read(FileFormat format, Path file, RowSink sink, AtomicLong bytesRead) {
        try {
            switch (format) {
                case CSV -> csv(file, sink, bytesRead);
                case JSON -> json(file, sink, bytesRead);
                case XLSX -> {
                    XlsxReader.read(file, sink);
                    bytesRead.set(Files.size(file));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports malformed quoting as UncheckedIOException / IllegalStateException
            throw new UnreadableFile(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new UnreadableFile(e.getCause().getMessage(), e);
        }
    }

    /**
     * UTF-8 when the file starts with a BOM or decodes strictly as UTF-8 from end to end; otherwise GB18030, the
     * superset of GBK that Chinese spreadsheet software writes.
     */
    static Charset charsetOf(Path file) throws IOException {
        if (startsWithBom(file)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return java.util.Arrays.equals(head, BOM);
        }
    }

    private static void csv(Path file, RowSink sink, AtomicLong bytesRead) throws IOException {
        Charset charset = charsetOf(file);
        try (InputStream in = counted(file, bytesRead)) {
            if (startsWithBom(file)) {
                in.skipNBytes(BOM.length);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, charset))
                    .setFormat(format).get()) {
                boolean header = true;
                int[] columns = null;
                int items = -1;
                for (CSVRecord record : parser) {
                    if (header) {
                        columns = new int[record.size()];
                        for (int i = 0; i < record.size(); i++) {
                            columns[i] = sink.column(record.get(i).strip());
                            items = Math.max(items, columns[i]);
                        }
                        sink.headerRead();
                        header = false;
                        continue;
                    }
                    String[] values = new String[items + 1];
                    for (int i = 0; i < Math.min(record.size(), columns.length); i++) {
                        if (columns[i] >= 0) {
                            values[columns[i]] = record.get(i);
                        }
                    }
                    sink.row(record.getRecordNumber(), values);
                }
                if (header) {
                    throw new UnreadableFile("no header row", null);
                }
            }
        }
    }

    private static void json(Path file, RowSink sink, AtomicLong bytesRead) throws IOException {
        try (InputStream in = counted(file, bytesRead); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFile("not a JSON array of objects", null);
            }
            long position = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                position++;
                java.util.Map<Integer, String> values = new java.util.HashMap<>();
                int items = -1;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int column = sink.column(parser.currentName());
                    JsonToken value = parser.nextToken();
                    String text = switch (value) {
                        case VALUE_NULL -> null;
                        case START_OBJECT, START_ARRAY -> parser.readValueAsTree().toString();
                        default -> parser.getText();
                    };
                    if (column >= 0) {
                        values.put(column, text);
                        items = Math.max(items, column);
                    }
                }
                String[] row = new String[items + 1];
                values.forEach((i, v) -> row[i] = v);
                sink.row(position, row);
            }
            if (token != JsonToken.END_ARRAY) {
                throw new UnreadableFile("element " + (position + 1) + " is not an object", null);
            }
        }
    }

    private static InputStream counted(Path file, AtomicLong bytesRead) throws IOException {
        return new BufferedInputStream(new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        }, 1 << 16);
    }
}
