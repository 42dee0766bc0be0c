package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.open311.Open311Client.Answer;
import org.shuzhi.open311.Open311Client.Item;
import org.shuzhi.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * GeoReport v2 conformance, part 1: service discovery, the service list and service definitions, in both formats,
 * for anonymous clients — content types with UTF-8, the spec's element names and members.
 */
@IntegrationTest
class GeoReportServicesTest extends GeoReportConformance {

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void discoveryNamesTheEndpointAndItsFormats(String format) {
        Answer answer = client.get("discovery." + format);
        assertFormat(answer, format, 200);
        if (answer.isXml()) {
            assertThat(answer.rootName()).isEqualTo("discovery");
        }
        Item discovery = answer.root();
        assertThat(discovery.text("changeset")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(discovery.text("contact")).isNotBlank();
        assertThat(discovery.text("key_service")).contains("api_key");
        List<Item> endpoints = discovery.list("endpoints", "endpoint");
        assertThat(endpoints).hasSize(1);
        Item endpoint = endpoints.get(0);
        assertThat(endpoint.text("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.text("url")).isEqualTo("http://localhost:" + port + "/open311/v2");
        assertThat(endpoint.text("type")).isEqualTo("production");
        assertThat(endpoint.list("formats", "format")).extracting(f -> f.xml() != null ? f.xml().getTextContent()
                : f.json().asText()).containsExactly("text/xml", "application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void servicesAreTheLeafCategories(String format) {
        Answer answer = client.get("services." + format);
        assertFormat(answer, format, 200);
        if (answer.isXml()) {
            assertThat(answer.rootName()).isEqualTo("services");
        }
        List<Item> services = answer.items("service");
        assertThat(services).extracting(s -> s.text("service_code")).contains("040101", "010101")
                .allMatch(code -> code.matches("[0-9]{6}")).doesNotContain("04", "0401");
        Item stalls = services.stream().filter(s -> s.text("service_code").equals("040101")).findFirst().orElseThrow();
        assertThat(stalls.text("service_name")).isNotBlank();
        assertThat(stalls.text("metadata")).isEqualTo("true");
        assertThat(stalls.text("type")).isEqualTo("realtime");
        assertThat(stalls.text("group")).isNotBlank();
        assertThat(stalls.text("keywords")).isNotBlank();
        assertThat(stalls.text("description")).contains(stalls.text("group"), stalls.text("service_name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void servicesSpeakTheCallersLanguage(String format) {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        Item neighbours = client.get("services." + format, english).items("service").stream()
                .filter(s -> s.text("service_code").equals("010101")).findFirst().orElseThrow();
        assertThat(neighbours.text("service_name")).isEqualTo("Neighbour dispute");
        Item chinese = client.get("services." + format).items("service").stream()
                .filter(s -> s.text("service_code").equals("010101")).findFirst().orElseThrow();
        assertThat(chinese.text("service_name")).isEqualTo("邻里纠纷");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aServiceDefinitionOffersTheUrgencyAttribute(String format) {
        Answer answer = client.get("services/040101." + format + "?jurisdiction_id=320509104");
        assertFormat(answer, format, 200);
        if (answer.isXml()) {
            assertThat(answer.rootName()).isEqualTo("service_definition");
        }
        Item definition = answer.root();
        assertThat(definition.text("service_code")).isEqualTo("040101");
        List<Item> attributes = definition.list("attributes", "attribute");
        assertThat(attributes).hasSize(1);
        Item urgency = attributes.get(0);
        assertThat(urgency.text("variable")).isEqualTo("true");
        assertThat(urgency.text("code")).isEqualTo("urgency");
        assertThat(urgency.text("datatype")).isEqualTo("singlevaluelist");
        assertThat(urgency.text("required")).isEqualTo("false");
        assertThat(urgency.text("order")).isEqualTo("1");
        assertThat(urgency.text("description")).isNotBlank();
        assertThat(urgency.text("datatype_description")).isNotBlank();
        assertThat(urgency.list("values", "value")).extracting(v -> v.text("key")).containsExactly("NORMAL", "URGENT");
        assertThat(urgency.list("values", "value")).extracting(v -> v.text("name")).containsExactly("一般", "紧急");
    }

    static void assertFormat(Answer answer, String format, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        MediaType expected = format.equals("xml") ? MediaType.TEXT_XML : MediaType.APPLICATION_JSON;
        assertThat(answer.type().isCompatibleWith(expected)).as("%s", answer.type()).isTrue();
        assertThat(answer.type().getCharset()).as("charset of %s", answer.type()).isNotNull();
        assertThat(answer.type().getCharset().name()).isEqualTo("UTF-8");
        if (format.equals("xml")) {
            assertThat(answer.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        }
    }
}
