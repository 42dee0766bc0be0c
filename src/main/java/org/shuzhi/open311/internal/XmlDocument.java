package org.shuzhi.open311.internal;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a GeoReport document given as a JSON tree in the spec's XML form: the tree's object members become child
 * elements in order, a list becomes one element per item named by the list's singular ({@code services} →
 * {@code service}, {@code service_requests} → {@code request}), {@code null} an empty element. UTF-8 with the
 * XML declaration, as the spec requires.
 */
final class XmlDocument {

    /** The element of one item of each list the spec defines. */
    private static final Map<String, String> ITEM = Map.of("services", "service", "service_requests", "request",
            "errors", "error", "endpoints", "endpoint", "formats", "format", "attributes", "attribute",
            "values", "value");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlDocument() {
    }

    /** The document with root element {@code root} holding {@code content} (an object or a list). */
    static byte[] write(String root, JsonNode content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, content);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an Open311 XML document", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode value) throws XMLStreamException {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value.isArray()) {
            String item = ITEM.getOrDefault(name, "item");
            for (JsonNode member : value) {
                element(xml, item, member);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                element(xml, field.getKey(), field.getValue());
            }
        } else {
            xml.writeCharacters(value.asText());
        }
        xml.writeEndElement();
    }
}
