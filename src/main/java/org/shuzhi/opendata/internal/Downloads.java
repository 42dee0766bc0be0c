package org.shuzhi.opendata.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.platform.Unscoped;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The downloads of an open entry's public rows, streamed batch by batch so that a large dataset never sits in
 * memory: CSV in UTF-8 with a byte-order mark (Excel then reads the Chinese right), and JSON with the fields
 * described. Personal columns as {@link PublicRows} shows them.
 */
@RestController
@Unscoped(PortalPages.PUBLIC)
class Downloads {

    private final OpenCatalog open;
    private final PublicRows rows;
    private final ObjectMapper json;

    Downloads(OpenCatalog open, PublicRows rows, ObjectMapper json) {
        this.open = open;
        this.rows = rows;
        this.json = json;
    }

    @GetMapping("/open/{code}.csv")
    @Operation(summary = "下载 CSV Download the public rows as CSV (UTF-8 with BOM)")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String code) {
        CatalogEntry entry = OpenEntryNotFound.require(open, code).entry();
        var columns = PublicRows.columns(entry);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write(String.join(",", columns.stream().map(InformationItem::column).map(Downloads::cell).toList()));
            writer.write("\r\n");
            rows.forEach(entry, row -> line(writer, columns.stream().map(c -> cell(row.get(c.column()))).toList()));
            writer.flush();
        };
        return file(entry, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), body);
    }

    @GetMapping("/open/{code}.json")
    @Operation(summary = "下载 JSON Download the public rows as JSON: the fields, then the records")
    ResponseEntity<StreamingResponseBody> json(@PathVariable String code) {
        CatalogEntry entry = OpenEntryNotFound.require(open, code).entry();
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartObject();
                generator.writeStringField("code", entry.code());
                generator.writeStringField("title", entry.name());
                generator.writeArrayFieldStart("fields");
                for (InformationItem item : PublicRows.columns(entry)) {
                    generator.writeStartObject();
                    generator.writeStringField("id", item.column());
                    generator.writeStringField("name", item.name());
                    generator.writeStringField("type", item.dataType().name());
                    generator.writeBooleanField("masked", PublicRows.disclosure(item) == PublicRows.Disclosure.MASKED);
                    generator.writeEndObject();
                }
                generator.writeEndArray();
                generator.writeArrayFieldStart("records");
                rows.forEach(entry, row -> write(generator, row));
                generator.writeEndArray();
                generator.writeEndObject();
            }
        };
        return file(entry, "json", MediaType.APPLICATION_JSON, body);
    }

    private static ResponseEntity<StreamingResponseBody> file(CatalogEntry entry, String extension, MediaType type,
            StreamingResponseBody body) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(entry.code() + "." + extension, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    private static void write(JsonGenerator generator, Map<String, Object> row) {
        try {
            generator.writeObject(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, Iterable<String> cells) {
        try {
            writer.write(String.join(",", cells));
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV cell (RFC 4180); text that Excel would run as a formula is prefixed with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
