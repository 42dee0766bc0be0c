package org.shuzhi.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The spec's XML from one JSON tree: item elements named by their list, empty elements for null, escaping. */
class XmlDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsBecomeTheirItemElements() {
        ArrayNode requests = json.createArrayNode();
        requests.addObject().put("service_request_id", 7).put("description", "a < b & \"c\"").putNull("media_url");
        assertThat(new String(XmlDocument.write("service_requests", requests), StandardCharsets.UTF_8)).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request><service_request_id>7"
                        + "</service_request_id><description>a &lt; b &amp; \"c\"</description><media_url/></request>"
                        + "</service_requests>");
    }

    @Test
    void nestedListsOfTheSpecAreNamedToo() {
        ObjectNode definition = json.createObjectNode().put("service_code", "040101");
        definition.putArray("attributes").addObject().put("code", "urgency").putArray("values").addObject()
                .put("key", "NORMAL");
        ObjectNode discovery = json.createObjectNode();
        discovery.putArray("endpoints").addObject().putArray("formats").add("text/xml");
        ArrayNode errors = json.createArrayNode();
        errors.addObject().put("code", 404).put("description", "没有");

        assertThat(new String(XmlDocument.write("service_definition", definition), StandardCharsets.UTF_8))
                .contains("<attributes><attribute><code>urgency</code><values><value><key>NORMAL</key></value>"
                        + "</values></attribute></attributes>");
        assertThat(new String(XmlDocument.write("discovery", discovery), StandardCharsets.UTF_8))
                .contains("<endpoints><endpoint><formats><format>text/xml</format></formats></endpoint></endpoints>");
        assertThat(new String(XmlDocument.write("errors", errors), StandardCharsets.UTF_8))
                .endsWith("<errors><error><code>404</code><description>没有</description></error></errors>");
        assertThat(new String(XmlDocument.write("services", json.createArrayNode()), StandardCharsets.UTF_8))
                .endsWith("<services></services>");
    }
}
