package org.shuzhi.opendata.internal;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.OpenEntries;
import org.shuzhi.catalog.OpenEntry;
import org.shuzhi.catalog.UpdateCycle;
import org.springframework.stereotype.Component;

/**
 * One page of the open catalog as DCAT (W3C DCAT 2) in an RDF model: the dcat:Catalog with its datasets, each
 * dcat:Dataset with identifier, title, description, publisher (a foaf:Organization), issued and modified times,
 * keywords (item names), theme (the classification class), accrual periodicity (the EU frequency authority table)
 * and spatial coverage (the region), and a dcat:Distribution per download. Paging as ckanext-dcat does it: the page
 * is a hydra:PagedCollection with total, page size and first / last / previous / next page links.
 */
@Component
class DcatCatalog {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private static final Map<UpdateCycle, String> FREQUENCIES = Map.of(UpdateCycle.REALTIME, "CONT",
            UpdateCycle.DAILY, "DAILY", UpdateCycle.WEEKLY, "WEEKLY", UpdateCycle.MONTHLY, "MONTHLY",
            UpdateCycle.QUARTERLY, "QUARTERLY", UpdateCycle.YEARLY, "ANNUAL", UpdateCycle.IRREGULAR, "IRREG");

    private final Organizations names;
    private final CkanPackages packages;

    DcatCatalog(Organizations names, CkanPackages packages) {
        this.names = names;
        this.packages = packages;
    }

    /** Where this page is and where its neighbours are. */
    record Paging(String self, String first, String last, String previous, String next, int pageSize) {
    }

    Model page(OpenEntries found, String base, Paging paging) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF)
                .setNsPrefix("hydra", HYDRA).setNsPrefix("xsd", XSD.NS).setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("rdfs", RDFS.uri);
        Resource catalog = model.createResource(base + "/open").addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, model.createLiteral("数治开放数据", "zh"))
                .addProperty(DCTerms.title, model.createLiteral("Shuzhi open data", "en"))
                .addProperty(DCTerms.description, model.createLiteral("无条件开放的政务数据资源目录", "zh"))
                .addProperty(model.createProperty(FOAF, "homepage"), model.createResource(base + "/open"));
        for (OpenEntry open : found.entries()) {
            catalog.addProperty(DCAT.dataset, dataset(model, open, base));
        }
        model.createResource(paging.self()).addProperty(RDF.type, model.createResource(HYDRA + "PagedCollection"))
                .addLiteral(model.createProperty(HYDRA, "totalItems"), found.total())
                .addLiteral(model.createProperty(HYDRA, "itemsPerPage"), (long) paging.pageSize())
                .addProperty(model.createProperty(HYDRA, "firstPage"), paging.first())
                .addProperty(model.createProperty(HYDRA, "lastPage"), paging.last());
        Resource page = model.getResource(paging.self());
        if (paging.previous() != null) {
            page.addProperty(model.createProperty(HYDRA, "previousPage"), paging.previous());
        }
        if (paging.next() != null) {
            page.addProperty(model.createProperty(HYDRA, "nextPage"), paging.next());
        }
        return model;
    }

    private Resource dataset(Model model, OpenEntry open, String base) {
        CatalogEntry e = open.entry();
        String landing = base + "/open/" + e.code();
        Resource dataset = model.createResource(landing).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, e.code())
                .addProperty(DCTerms.title, model.createLiteral(e.name(), "zh"))
                .addProperty(DCTerms.description, model.createLiteral(e.summary(), "zh"))
                .addProperty(DCTerms.issued, time(model, open.issued()))
                .addProperty(DCTerms.modified, time(model, open.modified()))
                .addProperty(DCAT.landingPage, model.createResource(landing))
                .addProperty(DCTerms.accrualPeriodicity,
                        model.createResource(FREQUENCY + FREQUENCIES.get(e.updateCycle())));
        dataset.addProperty(DCTerms.publisher, model.createResource(base + "/open?provider=" + e.providerDepartment())
                .addProperty(RDF.type, model.createResource(FOAF + "Organization"))
                .addProperty(model.createProperty(FOAF, "name"), model.createLiteral(names.provider(e), "zh"))
                .addProperty(DCTerms.identifier, e.providerDepartment()));
        String theme = e.classification().classCode();
        dataset.addProperty(DCAT.theme, model.createResource(base + "/open?theme=" + theme)
                .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.notation, theme)
                .addProperty(SKOS.prefLabel, packages.theme(theme)));
        dataset.addProperty(DCTerms.spatial, model.createResource(base + "/open?region=" + e.regionCode())
                .addProperty(RDF.type, DCTerms.Location).addProperty(DCTerms.identifier, e.regionCode())
                .addProperty(RDFS.label, model.createLiteral(names.region(e.regionCode()), "zh")));
        e.items().stream().map(InformationItem::name).distinct()
                .forEach(k -> dataset.addProperty(DCAT.keyword, model.createLiteral(k, "zh")));
        if (e.resource() != null && "DATASET".equals(e.resource().kind())) {
            distribution(model, dataset, open, landing, "CSV", "text/csv");
            distribution(model, dataset, open, landing, "JSON", "application/json");
        } else if (e.resource() != null) {
            String url = e.resource().reference().startsWith("/") ? base + e.resource().reference()
                    : e.resource().reference();
            dataset.addProperty(DCAT.distribution, model.createResource(landing + "#api")
                    .addProperty(RDF.type, DCAT.Distribution).addProperty(DCTerms.format, "API")
                    .addProperty(DCAT.accessURL, model.createResource(landing))
                    .addProperty(DCAT.accessService, model.createResource(url)));
        }
        return dataset;
    }

    private static void distribution(Model model, Resource dataset, OpenEntry open, String landing, String format,
            String mediaType) {
        String download = landing + "." + format.toLowerCase(java.util.Locale.ROOT);
        dataset.addProperty(DCAT.distribution, model.createResource(download).addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, model.createLiteral(open.entry().name() + " " + format, "zh"))
                .addProperty(DCAT.accessURL, model.createResource(landing))
                .addProperty(DCAT.downloadURL, model.createResource(download))
                .addProperty(DCTerms.format, format)
                .addProperty(DCAT.mediaType,
                        model.createResource("https://www.iana.org/assignments/media-types/" + mediaType))
                .addProperty(DCTerms.modified, time(model, open.modified())));
    }

    private static org.apache.jena.rdf.model.Literal time(Model model, java.time.Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return model.createTypedLiteral(new XSDDateTime(calendar));
    }
}
