package org.shuzhi.opendata.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parameters of a CKAN action, from the query string (GET) or a JSON object (POST), as CKAN accepts both. Lists
 * and objects may come as JSON text in the query string ({@code facet.field=["tags"]}, {@code filters={"a":"b"}});
 * a value that cannot be read is a Validation Error naming the parameter.
 */
final class CkanParams {

    private final Map<String, JsonNode> values;
    private final ObjectMapper json;

    private CkanParams(Map<String, JsonNode> values, ObjectMapper json) {
        this.values = values;
        this.json = json;
    }

    static CkanParams of(Map<String, String> query, JsonNode body, ObjectMapper json) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        query.forEach((k, v) -> values.put(k, json.getNodeFactory().textNode(v)));
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        } else if (body != null && !body.isNull() && !body.isMissingNode()) {
            throw CkanError.badRequest("opendata.ckan.bad-json");
        }
        return new CkanParams(values, json);
    }

    String text(String name) {
        JsonNode value = values.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw CkanError.validation(name, "opendata.ckan.missing", name);
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw CkanError.validation(name, "opendata.ckan.invalid", name, value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw CkanError.validation(name, "opendata.ckan.invalid", name, value);
        }
    }

    boolean bool(String name) {
        String value = text(name);
        return value != null && List.of("true", "1", "yes", "on").contains(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** A list given as a JSON array, JSON text of one, or comma-separated text. */
    List<String> list(String name) {
        JsonNode value = parsed(name);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(v -> items.add(v.asText()));
        } else {
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return items;
    }

    /** An object of text values given as JSON or JSON text. */
    Map<String, String> object(String name) {
        JsonNode value = parsed(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null) {
            return map;
        }
        if (!value.isObject()) {
            throw CkanError.validation(name, "opendata.ckan.invalid", name, value.asText());
        }
        value.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
        return map;
    }

    private JsonNode parsed(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        if (value.isTextual() && (text.startsWith("[") || text.startsWith("{"))) {
            try {
                return json.readTree(text);
            } catch (JsonProcessingException e) {
                throw CkanError.validation(name, "opendata.ckan.invalid", name, text);
            }
        }
        return value;
    }
}
