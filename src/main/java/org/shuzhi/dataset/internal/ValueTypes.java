package org.shuzhi.dataset.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuzhi.catalog.ItemDataType;

/**
 * How the values of an information item's data type are stored (the PostgreSQL type), checked and normalised on
 * load (to the text {@code COPY} and the casts understand), bound in queries and read back. Local date-times are
 * taken as China Standard Time, the platform's business time zone.
 */
final class ValueTypes {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年])(\\d{1,2})(?:[-/.月])(\\d{1,2})日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[['T'][' ']HH:mm[:ss][.SSS]]");
    private static final Map<String, String> BOOLEANS = Map.ofEntries(Map.entry("true", "true"),
            Map.entry("false", "false"), Map.entry("t", "true"), Map.entry("f", "false"), Map.entry("1", "true"),
            Map.entry("0", "false"), Map.entry("yes", "true"), Map.entry("no", "false"), Map.entry("y", "true"),
            Map.entry("n", "false"), Map.entry("是", "true"), Map.entry("否", "false"));

    private ValueTypes() {
    }

    static String sqlType(ItemDataType type) {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> "bigint";
            case DECIMAL -> "numeric";
            case DATE -> "date";
            case DATETIME -> "timestamptz";
            case BOOLEAN -> "boolean";
        };
    }

    /** The value in its canonical text form, or {@code null} when it is not a value of the type. */
    static String normalise(ItemDataType type, String value) {
        try {
            return switch (type) {
                case TEXT -> value;
                case INTEGER -> Long.toString(Long.parseLong(value));
                case DECIMAL -> new BigDecimal(value).toPlainString();
                case DATE -> date(value).toString();
                case DATETIME -> dateTime(value).toString();
                case BOOLEAN -> BOOLEANS.get(value.toLowerCase(Locale.ROOT));
            };
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** The value as the JDBC parameter of a query on a column of the type; {@code null} when it is not one. */
    static Object parameter(ItemDataType type, String value) {
        String normal = value == null ? null : normalise(type, value.strip());
        if (normal == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> normal;
            case INTEGER -> Long.parseLong(normal);
            case DECIMAL -> new BigDecimal(normal);
            case DATE -> Date.valueOf(LocalDate.parse(normal));
            case DATETIME -> Timestamp.from(OffsetDateTime.parse(normal).toInstant());
            case BOOLEAN -> Boolean.valueOf(normal);
        };
    }

    /** The column's value as {@link org.shuzhi.dataset.DatasetPage} promises it. */
    static Object read(ItemDataType type, ResultSet rs, String column) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rs.getString(column);
            case INTEGER -> rs.getLong(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case DATE -> rs.getObject(column, LocalDate.class);
            case DATETIME -> {
                Timestamp at = rs.getTimestamp(column);
                yield at == null ? null : at.toInstant();
            }
            case BOOLEAN -> rs.getBoolean(column);
        };
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(String value) {
        Matcher m = DATE.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = COMPACT_DATE.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return LocalDate.parse(value);
    }

    private static OffsetDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            String local = value.replace('/', '-');
            LocalDateTime at = local.length() <= 10 ? date(value).atStartOfDay()
                    : LocalDateTime.parse(local, LOCAL);
            return at.atZone(ZONE).toOffsetDateTime();
        }
    }
}
