package org.shuzhi.open311.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds GeoReport documents as JSON trees and answers them in the format asked for: the tree itself as JSON, or
 * the spec's XML under the given root element. One tree for both formats keeps them equal by construction.
 */
@Component
class Documents {

    private final ObjectMapper json;

    Documents(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    /** A 200 answer. */
    ResponseEntity<byte[]> ok(Format format, String root, JsonNode content) {
        return answer(HttpStatus.OK, format, root, content);
    }

    /** An answer with this status: {@code content} as JSON, or as XML under the element {@code root}. */
    ResponseEntity<byte[]> answer(HttpStatus status, Format format, String root, JsonNode content) {
        byte[] body;
        try {
            body = format == Format.JSON ? json.writeValueAsBytes(content) : XmlDocument.write(root, content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an Open311 JSON document", e);
        }
        return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
    }
}
