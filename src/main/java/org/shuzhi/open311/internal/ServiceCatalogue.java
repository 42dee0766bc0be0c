package org.shuzhi.open311.internal;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.Urgency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The GeoReport services: one per leaf (level 3) of the event category catalogue, {@code service_code} being the
 * category's code, its level-1 category the {@code group} and its level-2 category the {@code keywords}. Every
 * service has the same definition: one optional attribute {@code urgency} (normal or urgent; critical is for the
 * platform's own staff to decide).
 */
@Component
class ServiceCatalogue {

    /** The attribute every service definition offers. */
    static final String URGENCY = "urgency";

    private final EventCategories categories;
    private final Documents documents;
    private final MessageSource messages;

    ServiceCatalogue(EventCategories categories, Documents documents, MessageSource messages) {
        this.categories = categories;
        this.documents = documents;
        this.messages = messages;
    }

    /** The service list. */
    ArrayNode services(Locale locale) {
        ArrayNode services = documents.array();
        for (Category leaf : categories.all()) {
            if (!leaf.isLeaf()) {
                continue;
            }
            Category group = categories.find(leaf.code().substring(0, 2)).orElse(leaf);
            Category keywords = categories.find(leaf.parentCode()).orElse(leaf);
            services.addObject()
                    .put("service_code", leaf.code())
                    .put("service_name", leaf.name(locale))
                    .put("description", group.name(locale) + " / " + keywords.name(locale) + " / " + leaf.name(locale))
                    .put("metadata", true)
                    .put("type", "realtime")
                    .put("keywords", keywords.name(locale))
                    .put("group", group.name(locale));
        }
        return services;
    }

    /** The definition of one service; 404 when the code is no leaf category. */
    ObjectNode definition(String serviceCode, Locale locale) {
        Category leaf = leaf(serviceCode);
        ObjectNode definition = documents.object().put("service_code", leaf.code());
        ObjectNode urgency = definition.putArray("attributes").addObject()
                .put("variable", true)
                .put("code", URGENCY)
                .put("datatype", "singlevaluelist")
                .put("required", false)
                .put("datatype_description", message("open311.attribute.urgency.datatype", locale))
                .put("order", 1)
                .put("description", message("open311.attribute.urgency", locale));
        ArrayNode values = urgency.putArray("values");
        for (Urgency level : new Urgency[] {Urgency.NORMAL, Urgency.URGENT}) {
            values.addObject().put("key", level.name()).put("name", message("open311.urgency." + level, locale));
        }
        return definition;
    }

    /** The leaf category of a service code; 400 when none is given, 404 when it is no leaf category. */
    Category leaf(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw Open311Error.badRequest("open311.error.service-code-missing");
        }
        return categories.find(serviceCode.strip()).filter(Category::isLeaf)
                .orElseThrow(() -> Open311Error.notFound("open311.error.service-code-unknown", serviceCode.strip()));
    }

    /** The category of a service code if it is known (for events, whose category may since have been retired). */
    Optional<Category> find(String serviceCode) {
        return categories.find(serviceCode);
    }

    /** The service notice: the time limit requests of this service are handled within. */
    String notice(Category leaf, Urgency urgency, Locale locale) {
        TimeLimit limit = leaf.limitFor(urgency);
        String key = limit.unit() == TimeLimit.Unit.HOURS ? "open311.notice.hours" : "open311.notice.days";
        return messages.getMessage(key, new Object[] {limit.amount()}, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
