package org.shuzhi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The DCAT catalog read back with Jena in each syntax — Turtle, JSON-LD and RDF/XML — as a harvester would: the
 * catalog, each dataset's DCAT properties and its distributions, hydra paging followed link by link to the end, and
 * {@code modified_since}.
 */
@IntegrationTest
@Import(OpenDataFixture.class)
class DcatCatalogTest {

    private static final Map<String, Lang> SYNTAXES = Map.of("/catalog.ttl", Lang.TURTLE, "/catalog.jsonld",
            Lang.JSONLD, "/catalog.rdf", Lang.RDFXML);
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    private Model read(String path, Lang lang) {
        var answer = new OpenDataFixture.Anonymous("http://localhost:" + port, json).get(path, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(answer.body()), "http://localhost:" + port + "/", lang);
        return model;
    }

    private static Resource dataset(Model model, String code) {
        List<Resource> found = model.listSubjectsWithProperty(DCTerms.identifier, code)
                .filterKeep(r -> r.hasProperty(RDF.type, DCAT.Dataset)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    private static String text(Resource subject, Property property) {
        RDFNode node = subject.getRequiredProperty(property).getObject();
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    @Test
    void everySyntaxParsesBackWithDatasetAndDistributionProperties() {
        for (var syntax : SYNTAXES.entrySet()) {
            Model model = read(syntax.getKey() + "?page_size=1000", syntax.getValue());
            String as = syntax.getKey();
            assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).as(as).hasSize(1);
            Resource market = dataset(model, "320509-scjg-0001");
            assertThat(model.contains(null, DCAT.dataset, market)).as(as).isTrue();
            assertThat(text(market, DCTerms.title)).isEqualTo("市场主体登记信息");
            assertThat(text(market, DCTerms.description)).isNotBlank();
            assertThat(market.getRequiredProperty(DCTerms.issued).getLiteral().getDatatype())
                    .isEqualTo(XSDDatatype.XSDdateTime);
            assertThat(market.getRequiredProperty(DCTerms.modified).getLiteral().getDatatype())
                    .isEqualTo(XSDDatatype.XSDdateTime);
            Resource publisher = market.getRequiredProperty(DCTerms.publisher).getResource();
            assertThat(text(publisher, model.createProperty("http://xmlns.com/foaf/0.1/name"))).isNotBlank();
            assertThat(text(publisher, DCTerms.identifier)).isEqualTo("320509-scjg");
            assertThat(market.listProperties(DCAT.keyword).mapWith(s -> s.getString()).toList())
                    .contains("统一社会信用代码", "名称");
            assertThat(text(market.getRequiredProperty(DCAT.theme).getResource(),
                    model.createProperty("http://www.w3.org/2004/02/skos/core#notation"))).isEqualTo("01");
            assertThat(text(market, DCTerms.accrualPeriodicity))
                    .isEqualTo("http://publications.europa.eu/resource/authority/frequency/DAILY");
            assertThat(text(market.getRequiredProperty(DCTerms.spatial).getResource(), DCTerms.identifier))
                    .isEqualTo("320509");
            assertThat(text(dataset(model, "320509-sthj-0001"), DCTerms.accrualPeriodicity)).endsWith("/ANNUAL");

            List<Resource> distributions = market.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList();
            assertThat(distributions).as(as).hasSize(2);
            Set<String> formats = new HashSet<>();
            for (Resource d : distributions) {
                assertThat(d.hasProperty(RDF.type, DCAT.Distribution)).isTrue();
                String format = text(d, DCTerms.format);
                formats.add(format);
                assertThat(text(d, DCAT.downloadURL)).endsWith("/open/320509-scjg-0001." + format.toLowerCase());
                assertThat(text(d, DCAT.accessURL)).endsWith("/open/320509-scjg-0001");
                assertThat(text(d, DCAT.mediaType)).startsWith("https://www.iana.org/assignments/media-types/");
            }
            assertThat(formats).containsExactlyInAnyOrder("CSV", "JSON");
            for (String hidden : List.of("320509-ga-0001", "320509-mz-0001", "320509-cg-0001")) {
                assertThat(model.listSubjectsWithProperty(DCTerms.identifier, hidden).toList()).as(hidden).isEmpty();
            }
        }
    }

    @Test
    void pagesLinkToTheNextUntilEveryDatasetIsSeenOnce() {
        for (var syntax : SYNTAXES.entrySet()) {
            Model whole = read(syntax.getKey() + "?page_size=1000", syntax.getValue());
            long total = whole.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size();
            assertThat(total).isGreaterThanOrEqualTo(3);
            List<String> seen = new ArrayList<>();
            String next = syntax.getKey() + "?page_size=2";
            int pages = 0;
            while (next != null) {
                Model page = read(next, syntax.getValue());
                pages++;
                page.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
                        .forEach(d -> seen.add(d.getRequiredProperty(DCTerms.identifier).getString()));
                Resource collection = page.listSubjectsWithProperty(RDF.type,
                        page.createResource(HYDRA + "PagedCollection")).next();
                assertThat(collection.getRequiredProperty(page.createProperty(HYDRA, "totalItems")).getLong())
                        .isEqualTo(total);
                assertThat(collection.getRequiredProperty(page.createProperty(HYDRA, "itemsPerPage")).getLong())
                        .isEqualTo(2);
                assertThat(collection.hasProperty(page.createProperty(HYDRA, "previousPage"))).isEqualTo(pages > 1);
                var link = collection.getProperty(page.createProperty(HYDRA, "nextPage"));
                next = link == null ? null : pathOf(link.getString());
                assertThat(pages).isLessThan(100);
            }
            assertThat(pages).isEqualTo((int) ((total + 1) / 2));
            assertThat(seen).as(syntax.getKey()).doesNotHaveDuplicates().hasSize((int) total);
        }
    }

    @Test
    void modifiedSinceKeepsOnlyLaterPublications() {
        String code = OpenDataFixture.code();
        OpenDataFixture.publish(http, tokens, code, "新近开放的便民设施清单", "OPEN",
                List.of(OpenDataFixture.item("设施名称", "facility", "PLAIN")));
        var ckan = new OpenDataFixture.Anonymous("http://localhost:" + port, json)
                .json("/api/3/action/package_show?id=" + code).path("result");
        String since = ckan.path("metadata_modified").asText() + "Z";
        for (var syntax : SYNTAXES.entrySet()) {
            Model recent = read(syntax.getKey() + "?modified_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8),
                    syntax.getValue());
            List<String> codes = recent.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
                    .mapWith(d -> d.getRequiredProperty(DCTerms.identifier).getString()).toList();
            assertThat(codes).as(syntax.getKey()).contains(code).doesNotContain("320509-scjg-0001", "6201-cg-0001");
            Model none = read(syntax.getKey() + "?modified_since=2999-01-01", syntax.getValue());
            assertThat(none.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).isEmpty();
        }
        var web = new OpenDataFixture.Anonymous("http://localhost:" + port, json);
        assertThat(web.status("/catalog.ttl?modified_since=yesterday")).isEqualTo(400);
        assertThat(web.status("/catalog.ttl?page=0")).isEqualTo(400);
        assertThat(web.status("/api/dcat/catalog?format=xml")).isEqualTo(400);
        assertThat(web.get("/api/dcat/catalog?format=jsonld", null).headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/ld+json");
    }

    private String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
