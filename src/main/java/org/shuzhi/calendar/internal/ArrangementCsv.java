package org.shuzhi.calendar.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of a year's arrangement, as shipped in {@code classpath:calendar/cn-holidays-<year>.csv}, uploaded
 * with {@code PUT /api/calendar/{year}} and read by {@code import-calendar}:
 * <pre>
 * # comment lines start with #; they and blank lines are skipped anywhere
 * date,kind,name,name_en
 * 2026-02-14,WORKDAY,春节,Spring Festival
 * 2026-02-15,HOLIDAY,春节,Spring Festival
 * </pre>
 * UTF-8 (a byte order mark is allowed); the {@code name_en} column is optional (header {@code date,kind,name});
 * plain comma-separated values without quoting, so names hold no commas or quotes. Only the shape of the file is
 * checked here; {@link Arrangement#of} checks the days.
 */
final class ArrangementCsv {

    static final String HEADER = "date,kind,name";
    static final String HEADER_EN = "date,kind,name,name_en";

    private ArrangementCsv() {
    }

    /**
     * The rows of a file, each with its line number.
     *
     * @throws org.shuzhi.platform.ApiProblem (400) naming the line: not UTF-8, no or a wrong header, a quote, a
     *                                        wrong number of columns
     */
    static List<RawDay> read(byte[] bytes) {
        String text = decode(bytes);
        String[] lines = text.split("\r?\n", -1);
        List<RawDay> rows = new ArrayList<>();
        int columns = 0;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String content = (i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]).strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.indexOf('"') >= 0) {
                throw Where.LINE.problem(line, "calendar.import.quote");
            }
            if (columns == 0) {
                columns = headerColumns(content, line);
                continue;
            }
            String[] fields = content.split(",", -1);
            if (fields.length != columns) {
                throw Where.LINE.problem(line, "calendar.import.column-count", columns, fields.length);
            }
            rows.add(new RawDay(line, fields[0].strip(), fields[1].strip(), fields[2].strip(),
                    columns == 4 && !fields[3].isBlank() ? fields[3].strip() : null));
        }
        if (columns == 0) {
            throw Where.LINE.problem(lines.length, "calendar.import.empty", HEADER_EN);
        }
        return rows;
    }

    /** The file for an arrangement, with a comment line on top; {@link #read} reads it back to the same days. */
    static String write(Arrangement arrangement, String comment) {
        StringBuilder csv = new StringBuilder();
        if (comment != null) {
            csv.append("# ").append(comment.replace('\n', ' ')).append('\n');
        }
        csv.append(HEADER_EN).append('\n');
        for (SpecialDay day : arrangement.days()) {
            csv.append(day.date()).append(',').append(day.kind()).append(',').append(day.name()).append(',')
                    .append(day.nameEn() == null ? "" : day.nameEn()).append('\n');
        }
        return csv.toString();
    }

    private static int headerColumns(String header, int line) {
        String normalized = header.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        if (normalized.equals(HEADER)) {
            return 3;
        }
        if (normalized.equals(HEADER_EN)) {
            return 4;
        }
        throw Where.LINE.problem(line, "calendar.import.bad-header", HEADER_EN, HEADER);
    }

    /** Strict UTF-8; a bad byte is reported with the line it is on. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw Where.LINE.problem(line, "calendar.import.bad-encoding");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
