package org.shuzhi.event.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.springframework.stereotype.Component;

/**
 * Dispatch by the rules ({@link DispatchRules}), along the ladder 小事不出格、大事不出村、难事不出镇. Where no rule
 * applies the event goes to the lowest level its place allows — its grid, else its village or township. A
 * dispatcher's choice of level or department overrides the rules (the transition then needs a reason). Escalation
 * goes one level up. Every dispatch says why, as JSON kept on the event and its timeline: who decided ({@code by}:
 * {@code rule}, {@code dispatcher}, {@code ladder}, {@code escalation}), the rule (number and name; for a
 * dispatcher's choice the rule it overrode), the grid, the event's region, the level and where it went.
 */
@Component
class RuleDispatchPlanner implements DispatchPlanner {

    private final DispatchRules rules;
    private final ObjectMapper json;

    RuleDispatchPlanner(DispatchRules rules, ObjectMapper json) {
        this.rules = rules;
        this.json = json;
    }

    @Override
    public Dispatch plan(EventView event, Category category, HandlingLevel level, String department, Instant at) {
        DispatchRule.Situation situation = situation(event, at);
        Optional<DispatchRule> rule = rules.best(situation);
        if (level == null && department == null) {
            return dispatch(situation, rule);
        }
        HandlingLevel chosen = level != null ? level : rule.map(DispatchRule::level).orElseGet(() -> lowest(situation));
        return explained("dispatcher", rule.orElse(null), situation, chosen, department);
    }

    /** The situation of {@code event} at {@code at}. */
    DispatchRule.Situation situation(EventView event, Instant at) {
        return rules.situation(event.categoryCode(), event.gridCode(), event.regionCode(), event.urgency(), at);
    }

    /** Where the rules send an event in {@code situation}: by {@code rule}, or along the ladder when there is none. */
    Dispatch dispatch(DispatchRule.Situation situation, Optional<DispatchRule> rule) {
        return rule.map(r -> explained("rule", r, situation, r.level(), r.department()))
                .orElseGet(() -> explained("ladder", null, situation, lowest(situation), null));
    }

    @Override
    public Optional<Dispatch> escalate(EventView event, Category category, Instant at) {
        HandlingLevel from = event.level() == null ? HandlingLevel.GRID : event.level();
        return from.up().map(up -> {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("by", "escalation");
            why.put("from", from);
            why.put("level", up);
            why.put("assignedRegion", up.regionOf(event.regionCode()));
            return new Dispatch(up, up.regionOf(event.regionCode()), null, write(why));
        });
    }

    private static HandlingLevel lowest(DispatchRule.Situation situation) {
        return situation.gridCode() != null ? HandlingLevel.GRID
                : situation.regionCode().length() == 12 ? HandlingLevel.VILLAGE : HandlingLevel.TOWNSHIP;
    }

    private Dispatch explained(String by, DispatchRule rule, DispatchRule.Situation situation, HandlingLevel level,
            String department) {
        String assigned = level.regionOf(situation.regionCode());
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("by", by);
        why.put("rule", rule == null ? null : new RuleRef(rule.id(), rule.name(), rule.regionCode()));
        why.put("grid", situation.gridCode());
        why.put("region", situation.regionCode());
        why.put("level", level);
        why.put("assignedRegion", assigned);
        why.put("department", department);
        why.put("day", situation.day());
        why.put("hour", situation.hour());
        return new Dispatch(level, assigned, department, write(why));
    }

    /** The rule as the explanation names it. */
    private record RuleRef(long id, String name, String region) {
    }

    private String write(Map<String, Object> why) {
        try {
            return json.writeValueAsString(why);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dispatch explanation cannot be written", e);
        }
    }
}
