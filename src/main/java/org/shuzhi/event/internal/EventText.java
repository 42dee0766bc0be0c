package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts the event pages derive from an event, in the request's language: the category as its path through the
 * catalogue, the time left until the deadline, and the machine's JSON explanations (why an event went where it
 * went, what a timeline step decided) as readable lines. Templates reach it as {@code @eventText}.
 */
@Component("eventText")
class EventText {

    private final EventCategories categories;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final DateTimeFormatter minutes;

    EventText(EventCategories categories, MessageSource messages, ObjectMapper json, Clock clock,
            WorkingCalendar calendar) {
        this.categories = categories;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.zone());
    }

    /** A time to the minute in the platform's zone, e.g. {@code 2026-11-22 08:30}; empty for none. */
    public String time(Instant at) {
        return at == null ? "" : minutes.format(at);
    }

    /** The category with its parents, e.g. {@code 城市管理 › 市容环境 › 占道经营}; the code when unknown. */
    public String category(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        LinkedList<String> names = new LinkedList<>();
        String next = code;
        while (next != null) {
            Category category = categories.find(next).orElse(null);
            if (category == null) {
                return code;
            }
            names.addFirst(category.name(locale));
            next = category.parentCode();
        }
        return String.join(" › ", names);
    }

    /** The time left until the event is due ({@code 剩余 3 小时 20 分}) or how long it is overdue; empty without a deadline. */
    public String remaining(EventView event) {
        if (event.dueAt() == null || !event.state().isWithHandler()) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), event.dueAt());
        String span = span(left.abs());
        return text(left.isNegative() ? "event.pages.time.overdue" : "event.pages.time.left", span);
    }

    /** True when the event is past its deadline with a handler, or flagged overdue by the deadline checks. */
    public boolean late(EventView event) {
        return event.overdue() || (event.dueAt() != null && event.state().isWithHandler()
                && event.dueAt().isBefore(clock.instant()));
    }

    /**
     * The facts of a JSON explanation as label and value, in the order written, e.g. 分拨方式: 规则 / 网格: 320… /
     * 层级: 村/社区. Values of known kinds (levels, ways of dispatch) are named in the request's language; what is
     * not JSON comes back as one line.
     */
    public List<Map.Entry<String, String>> facts(String explanation) {
        return facts(explanation, Map.of());
    }

    /**
     * As {@link #facts(String)}, with the department named as {@code 名称 (code)} where {@code departmentNames}
     * (code → name, may be {@code null}) knows its code.
     */
    public List<Map.Entry<String, String>> facts(String explanation, Map<String, String> departmentNames) {
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        if (explanation == null || explanation.isBlank()) {
            return facts;
        }
        JsonNode root;
        try {
            root = json.readTree(explanation);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            facts.add(Map.entry(text("event.pages.explain.note"), explanation));
            return facts;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            String shown = value.isValueNode() ? value.asText() : value.toString();
            String label = messages.getMessage("event.pages.explain." + field.getKey(), null, field.getKey(),
                    LocaleContextHolder.getLocale());
            String named = "department".equals(field.getKey()) && departmentNames != null
                    && departmentNames.containsKey(shown)
                    ? departmentNames.get(shown) + " (" + shown + ")"
                    : messages.getMessage("event.pages.value." + shown, null, shown, LocaleContextHolder.getLocale());
            facts.add(Map.entry(label, named));
        }
        return facts;
    }

    private String span(Duration d) {
        long days = d.toDays();
        if (days > 0) {
            return text("event.pages.time.days-hours", days, d.toHoursPart());
        }
        return text("event.pages.time.hours-minutes", d.toHours(), d.toMinutesPart());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
