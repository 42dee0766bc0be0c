package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Answers which dispatch rule would apply to a report, and why, without reporting anything: the report is placed
 * as intake places it, must lie inside the caller's scope, and the rules choose as they would at dispatch.
 */
@Component
class DispatchPreview {

    private final Placement placement;
    private final EventCategories categories;
    private final DispatchRules rules;
    private final RuleDispatchPlanner planner;
    private final ObjectMapper json;
    private final Clock clock;

    DispatchPreview(Placement placement, EventCategories categories, DispatchRules rules, RuleDispatchPlanner planner,
            ObjectMapper json, Clock clock) {
        this.placement = placement;
        this.categories = categories;
        this.rules = rules;
        this.planner = planner;
        this.json = json;
        this.clock = clock;
    }

    /** A report to preview: category, point and/or region, urgency (default normal), moment (default now). */
    record Question(String category, Double lat, Double lng, String region, String urgency, String at) {
    }

    /**
     * Where such a report would go.
     *
     * @param gridCode       the grid it lies in, or {@code null}
     * @param regionCode     its village or township
     * @param rule           the rule that applies, or {@code null} (then the ladder decides)
     * @param level          the level it would go to
     * @param assignedRegion the region of that level
     * @param department     the department, or {@code null}
     * @param autoDispatch   true when intake would accept and dispatch it at once
     * @param explanation    the explanation the event would carry
     */
    record Answer(String gridCode, String regionCode, DispatchRule rule, HandlingLevel level, String assignedRegion,
            String department, boolean autoDispatch, JsonNode explanation) {
    }

    Answer preview(Caller caller, Question q) {
        if (!caller.has(Permission.EVENT_DISPATCH)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", Permission.EVENT_DISPATCH);
        }
        Category category = categories.find(q.category()).filter(Category::isLeaf).orElseThrow(() ->
                ApiProblem.badRequest("event.report.unknown-category", q.category()).with("field", "category"));
        boolean half = (q.lat() == null) != (q.lng() == null);
        if (half || q.lat() != null && (Math.abs(q.lat()) > 90 || Math.abs(q.lng()) > 180)) {
            throw ApiProblem.badRequest("event.report.coordinate-range", q.lat(), q.lng()).with("field", "lat");
        }
        Placement.Place place = placement.place(q.lat(), q.lng(), q.region());
        if (!caller.scope().covers(place.regionCode())) {
            throw ApiProblem.badRequest("event.report.outside-scope", place.regionCode()).with("field", "lat");
        }
        DispatchRule.Situation situation = rules.situation(category.code(), place.gridCode(), place.regionCode(),
                urgency(q.urgency()), moment(q.at()));
        Optional<DispatchRule> rule = rules.best(situation);
        Dispatch dispatch = planner.dispatch(situation, rule);
        return new Answer(place.gridCode(), place.regionCode(), rule.orElse(null), dispatch.level(),
                dispatch.regionCode(), dispatch.department(), rule.map(DispatchRule::autoDispatch).orElse(false),
                tree(dispatch.explanation()));
    }

    private static Urgency urgency(String name) {
        try {
            return name == null || name.isBlank() ? Urgency.NORMAL
                    : Urgency.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("event.query.value", name, "Urgency").with("field", "urgency");
        }
    }

    private Instant moment(String text) {
        try {
            return text == null || text.isBlank() ? clock.instant() : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("event.query.instant", text).with("field", "at");
        }
    }

    private JsonNode tree(String explanation) {
        try {
            return json.readTree(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
