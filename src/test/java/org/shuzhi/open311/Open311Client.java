package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An Open311 client as a third-party app is one: anonymous (no session, no bearer token), real HTTP, form-encoded
 * POSTs. Answers are read the same way in both formats — XML with the JDK's DOM and XPath, JSON with Jackson — so
 * one assertion checks both.
 */
final class Open311Client {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestTemplate http = new RestTemplate(new JdkClientHttpRequestFactory());
    private final String base;

    Open311Client(int port) {
        this.base = "http://localhost:" + port + "/open311/v2/";
        http.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            protected boolean hasError(org.springframework.http.HttpStatusCode status) {
                return false;
            }
        });
    }

    /** GET {@code resource} (relative to /open311/v2/, with extension and query). */
    Answer get(String resource) {
        return get(resource, new HttpHeaders());
    }

    Answer get(String resource, HttpHeaders headers) {
        return answer(http.exchange(base + resource, HttpMethod.GET, new HttpEntity<>(headers), String.class));
    }

    /** POST the form to {@code resource}. */
    Answer post(String resource, Map<String, String> form) {
        return post(resource, form, new HttpHeaders());
    }

    Answer post(String resource, Map<String, String> form, HttpHeaders headers) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return answer(http.exchange(base + resource, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
    }

    private static Answer answer(ResponseEntity<String> response) {
        return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
                response.getBody() == null ? "" : response.getBody());
    }

    /** One answer: its status, type and body, readable as items whatever the format. */
    record Answer(int status, MediaType type, String body) {

        boolean isXml() {
            return type != null && type.isCompatibleWith(MediaType.TEXT_XML);
        }

        /** The XML root element's name; fails for JSON. */
        String rootName() {
            assertThat(isXml()).as("XML answer: %s", body).isTrue();
            return xml().getNodeName();
        }

        /** The document itself (an object: discovery, a service definition). */
        Item root() {
            return isXml() ? new Item(xml(), null) : new Item(null, json());
        }

        /** The items of a list answer (services, requests, errors), checking the XML item element's name. */
        List<Item> items(String xmlItem) {
            return isXml() ? Item.children(xml(), xmlItem) : Item.elements(json());
        }

        private Element xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            } catch (Exception e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        private JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** One object of an answer: an XML element or a JSON object. */
    record Item(Element xml, JsonNode json) {

        private static final XPath XPATH = XPathFactory.newInstance().newXPath();

        /** The text of member {@code name}; empty for an empty element or a JSON null. */
        String text(String name) {
            if (xml != null) {
                try {
                    Node node = (Node) XPATH.evaluate(name, xml, XPathConstants.NODE);
                    assertThat(node).as("element %s in %s", name, xml.getNodeName()).isNotNull();
                    return node.getTextContent();
                } catch (XPathExpressionException e) {
                    throw new IllegalArgumentException(name, e);
                }
            }
            assertThat(json.has(name)).as("member %s in %s", name, json).isTrue();
            return json.get(name).isNull() ? "" : json.get(name).asText();
        }

        /** The items of list member {@code name}, each XML one named {@code xmlItem}. */
        List<Item> list(String name, String xmlItem) {
            if (xml != null) {
                try {
                    return children((Element) XPATH.evaluate(name, xml, XPathConstants.NODE), xmlItem);
                } catch (XPathExpressionException e) {
                    throw new IllegalArgumentException(name, e);
                }
            }
            return elements(json.get(name));
        }

        static List<Item> children(Element parent, String name) {
            assertThat(parent).isNotNull();
            List<Item> items = new ArrayList<>();
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element child) {
                    assertThat(child.getNodeName()).as("item of %s", parent.getNodeName()).isEqualTo(name);
                    items.add(new Item(child, null));
                }
            }
            return items;
        }

        static List<Item> elements(JsonNode array) {
            assertThat(array != null && array.isArray()).as("a JSON list: %s", array).isTrue();
            List<Item> items = new ArrayList<>();
            array.forEach(node -> items.add(new Item(null, node)));
            return items;
        }
    }
}
