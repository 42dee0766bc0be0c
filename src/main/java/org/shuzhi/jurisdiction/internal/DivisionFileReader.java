package org.shuzhi.jurisdiction.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.jurisdiction.internal.ImportSource.ImportFile;
import org.shuzhi.platform.ApiProblem;

/**
 * Streams one division file and checks every row on its own: header, CSV quoting, column count, code (digits, the
 * length of the file's level), name (not blank, at most {@value #MAX_NAME_LENGTH} characters) and the redundant
 * ancestor columns (each must equal the prefix of the code). Checks that need all files — duplicates, parents —
 * are the importer's, in SQL.
 *
 * <p>Blank lines (empty or only spaces) are skipped wherever they are: exports often end with one and a stray
 * blank line carries no data that could be lost. Line numbers are physical lines of the file, the header is line 1.
 * The first bad row ends the read with an {@link ApiProblem} carrying {@code file} and {@code line}.
 */
final class DivisionFileReader {

    static final int MAX_NAME_LENGTH = 200;

    /** Receives each good row. */
    @FunctionalInterface
    interface RowSink {
        void accept(String code, String name, String parentCode, int line);
    }

    /** Told every {@value #TICK_ROWS} rows and at the end how far the read has got. */
    @FunctionalInterface
    interface Tick {
        void progress(long rows, long rawBytes);
    }

    static final int TICK_ROWS = 20_000;

    private final ImportFile file;
    private final DivisionFile kind;
    private final DivisionLevel parentLevel;
    private long rawBytes;

    DivisionFileReader(ImportFile file) {
        this.file = file;
        this.kind = file.kind();
        this.parentLevel = kind.level().parent().orElse(null);
    }

    /** Reads the whole file into {@code sink}; returns the number of rows read. */
    long read(RowSink sink, Tick tick) {
        int line = 0;
        try (InputStream raw = counting(file.open());
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        file.gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw,
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            List<String> header = kind.header();
            String[] fields = new String[header.size()];
            String text = reader.readLine();
            line = 1;
            if (text == null) {
                throw problem("jurisdiction.import.empty-file", line, String.join(",", header));
            }
            checkHeader(text, fields, line);
            long rows = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                readRow(text, fields, line, sink);
                if (++rows % TICK_ROWS == 0) {
                    tick.progress(rows, rawBytes);
                }
            }
            tick.progress(rows, rawBytes);
            return rows;
        } catch (CharacterCodingException e) {
            throw problem("jurisdiction.import.bad-encoding", line + 1);
        } catch (IOException e) {
            throw problem("jurisdiction.import.unreadable", line + 1, String.valueOf(e.getMessage()));
        }
    }

    private void checkHeader(String text, String[] fields, int line) {
        String expected = String.join(",", kind.header());
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            int count = CsvLine.split(withoutBom, fields);
            if (count == fields.length && List.of(fields).equals(kind.header())) {
                return;
            }
        } catch (CsvLine.MalformedLine ignored) {
            // reported as a wrong header below
        }
        throw problem("jurisdiction.import.bad-header", line, expected);
    }

    private void readRow(String text, String[] fields, int line, RowSink sink) {
        int count;
        try {
            count = CsvLine.split(text, fields);
        } catch (CsvLine.MalformedLine e) {
            throw problem(e.defect == CsvLine.Defect.UNTERMINATED_QUOTE
                    ? "jurisdiction.import.unterminated-quote" : "jurisdiction.import.stray-quote", line);
        }
        if (count != fields.length) {
            throw problem("jurisdiction.import.column-count", line, fields.length, count);
        }
        String code = fields[0];
        if (code.length() != kind.level().codeLength() || !digits(code)) {
            throw problem("jurisdiction.import.bad-code", line, code, kind.level().codeLength());
        }
        String name = fields[1].strip();
        if (name.isEmpty()) {
            throw problem("jurisdiction.import.blank-name", line, code);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw problem("jurisdiction.import.long-name", line, code, MAX_NAME_LENGTH);
        }
        String parentCode = null;
        List<DivisionFile.Ancestor> ancestors = kind.ancestors();
        for (int i = 0; i < ancestors.size(); i++) {
            DivisionFile.Ancestor ancestor = ancestors.get(i);
            String prefix = code.substring(0, ancestor.level.codeLength());
            String value = fields[2 + i];
            if (!value.equals(prefix)) {
                throw problem("jurisdiction.import.inconsistent-column", line, ancestor.column, value, code, prefix)
                        .with("column", ancestor.column);
            }
            if (ancestor.level == parentLevel) {
                parentCode = prefix;
            }
        }
        sink.accept(code, name, parentCode, line);
    }

    private static boolean digits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A 400 problem whose message starts with file and line: arguments {0} file, {1} line, then {@code args}. */
    private ApiProblem problem(String key, int line, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = file.name();
        all[1] = String.valueOf(line); // no digit grouping in "第 12345 行"
        System.arraycopy(args, 0, all, 2, args.length);
        return ApiProblem.badRequest(key, all).with("file", file.name()).with("line", line);
    }

    private InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    rawBytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    rawBytes += n;
                }
                return n;
            }
        };
    }
}
