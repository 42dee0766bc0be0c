package org.shuzhi.open311.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The service discovery document: one production endpoint, GeoReport v2 here, in XML and JSON. */
@Component
class Discovery {

    /** When this interface last changed. */
    static final String CHANGESET = "2026-11-22T00:00:00Z";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final Documents documents;
    private final Open311Properties properties;

    Discovery(Documents documents, Open311Properties properties) {
        this.documents = documents;
        this.properties = properties;
    }

    /** The document for the current request (the endpoint's URL is the one this request reached). */
    ObjectNode document() {
        ObjectNode discovery = documents.object().put("changeset", CHANGESET).put("contact", properties.contact())
                .put("key_service", properties.keyService());
        ObjectNode endpoint = discovery.putArray("endpoints").addObject()
                .put("specification", SPECIFICATION)
                .put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString())
                .put("changeset", CHANGESET)
                .put("type", "production");
        endpoint.putArray("formats").add(Format.XML.mediaType().getType() + "/" + Format.XML.mediaType().getSubtype())
                .add(Format.JSON.mediaType().getType() + "/" + Format.JSON.mediaType().getSubtype());
        return discovery;
    }
}
