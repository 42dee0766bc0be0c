package org.shuzhi.event.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics page 事件统计 ({@code /events/statistics}): the totals of the period as KPI cards (rendered on the
 * server, so they read without JavaScript), the daily trend, categories, regions and handling departments as
 * ECharts charts — the departments also as a table, by name with the code as its title — and a heat map of the
 * events over the grids. The filters are a plain GET form. Charts are drawn by
 * {@code static/js/event-statistics.js} from the figures the page carries as JSON; the map asks the REST API.
 */
@Controller
class StatisticsPage {

    /** The texts the script needs, under {@code stats.js.<name>}. */
    private static final List<String> TEXTS = List.of("reported", "handled", "closed", "handling-rate", "on-time-rate",
            "events", "no-data", "heat-failed", "grids");

    private final StatisticsService statistics;
    private final Jurisdictions jurisdictions;
    private final Callers callers;
    private final MessageSource messages;
    private final ObjectMapper mapper;

    StatisticsPage(StatisticsService statistics, Jurisdictions jurisdictions, Callers callers, MessageSource messages,
            ObjectMapper mapper) {
        this.statistics = statistics;
        this.jurisdictions = jurisdictions;
        this.callers = callers;
        this.messages = messages;
        this.mapper = mapper;
    }

    @GetMapping("/events/statistics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region, Model model, Locale locale) throws JsonProcessingException {
        Caller caller = callers.current();
        if (!caller.has(Permission.STATS_READ)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "stats.forbidden", Permission.STATS_READ);
        }
        DataScope scope = callers.scope();
        String chosen = region == null || region.isBlank() ? null : region.strip();
        StatisticsPeriod period = statistics.period(from, to);
        StatisticsService.Report byDay = statistics.report(period, chosen, StatisticsDimension.DAY, 1, locale, scope);
        // the charts show counts only: their medians would double the page's cost
        StatisticsService.Report byCategory = statistics.report(period, chosen, StatisticsDimension.CATEGORY, 1, false,
                locale, scope);
        StatisticsService.Report byRegion = statistics.report(period, chosen, StatisticsDimension.REGION, 1, false,
                locale, scope);
        StatisticsService.Report byDepartment = statistics.report(period, chosen, StatisticsDimension.DEPARTMENT, 1,
                false, locale, scope);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("days", period.from().datesUntil(period.to().plusDays(1)).map(Object::toString).toList());
        charts.put("totals", byDay.totals());
        charts.put("byDay", byDay.groups());
        charts.put("byCategory", byCategory.groups());
        charts.put("byRegion", byRegion.groups());
        charts.put("byDepartment", byDepartment.groups());
        Map<String, String> texts = new LinkedHashMap<>();
        TEXTS.forEach(name -> texts.put(name, messages.getMessage("stats.js." + name, null, name, locale)));

        model.addAttribute("period", period);
        model.addAttribute("region", chosen);
        model.addAttribute("regions", regionChoices(caller));
        model.addAttribute("totals", byDay.totals());
        model.addAttribute("stages", StatisticsFigures.Stage.values());
        model.addAttribute("departments", byDepartment.groups());
        model.addAttribute("charts", mapper.writeValueAsString(charts));
        model.addAttribute("texts", mapper.writeValueAsString(texts));
        // the grids of the chosen region (or the caller's) outline the heat map
        model.addAttribute("gridRegion", chosen != null ? chosen : caller.regionCode());
        return "event/statistics";
    }

    /** The caller's own region and the regions right below it, for the region filter. */
    private List<Division> regionChoices(Caller caller) {
        if (caller.regionCode() == null) {
            return List.of();
        }
        List<Division> choices = new ArrayList<>();
        jurisdictions.find(caller.regionCode()).ifPresent(choices::add);
        choices.addAll(jurisdictions.children(caller.regionCode()));
        return choices;
    }
}
