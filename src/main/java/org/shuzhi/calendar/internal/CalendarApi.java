package org.shuzhi.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.calendar.Deadline;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.Unscoped;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the working calendar: read a year (JSON, or CSV to edit and upload again), replace a year's
 * arrangement (CSV or JSON; all or nothing, the first bad row named), and compute a deadline. Reading is open to
 * every signed-in caller; replacing needs the reference-data permission ({@link CalendarGuard}).
 */
@RestController
@RequestMapping(path = "/api/calendar")
@Tag(name = "工作日历 Calendar", description = "法定节假日与调休、工作日与时限计算 — public holidays and make-up "
        + "working days, working days and deadlines")
@ApiResponse(responseCode = "400", description = "请求有误 Bad request",
        content = @Content(mediaType = "application/problem+json",
                schema = @Schema(implementation = ProblemDetail.class)))
class CalendarApi {

    static final String TEXT_CSV = "text/csv";
    private static final String NATIONAL = "national public holiday arrangement, the same for every jurisdiction";

    private final CalendarCache cache;
    private final WorkingCalendar calendar;
    private final CalendarUpdates updates;
    private final CalendarGuard guard;

    CalendarApi(CalendarCache cache, WorkingCalendar calendar, CalendarUpdates updates, CalendarGuard guard) {
        this.cache = cache;
        this.calendar = calendar;
        this.updates = updates;
        this.guard = guard;
    }

    @GetMapping(path = "/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Unscoped(NATIONAL)
    @Operation(summary = "一年的日历 A year", description = "节假日（HOLIDAY）与调休上班日（WORKDAY）；known 为 false "
            + "表示尚无该年安排，只按周末计算 — holidays and make-up working days; known=false means no arrangement "
            + "is stored for the year and only weekends count as days off")
    YearJson year(@PathVariable @Parameter(example = "2026") int year) {
        Arrangement.checkYear(year);
        return YearJson.of(year, cache.snapshot(), calendar);
    }

    @GetMapping(path = "/{year}", produces = TEXT_CSV)
    @Unscoped(NATIONAL)
    @Operation(summary = "一年的日历（CSV）A year as CSV", description = "可编辑后用 PUT 上传 — edit and PUT it back")
    ResponseEntity<String> yearCsv(@PathVariable int year) {
        Arrangement.checkYear(year);
        DayTable table = cache.table();
        String comment = year + (table.isKnown(year) ? "" : ": no arrangement stored, weekends only");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cn-holidays-" + year + ".csv").build().toString())
                .body(ArrangementCsv.write(new Arrangement(year, table.daysOf(year)), comment));
    }

    @PutMapping(path = "/{year}", consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @Unscoped(NATIONAL)
    @Operation(summary = "替换一年的安排（CSV）Replace a year from CSV", description = "表头 date,kind,name[,name_en]，"
            + "kind 为 HOLIDAY（休）或 WORKDAY（班）；# 开头为注释；出错时返回行号（line），不写入任何数据；需要 "
            + "JURISDICTION_IMPORT 权限且为省级及以上 — header date,kind,name[,name_en]; kind HOLIDAY or WORKDAY; "
            + "lines starting with # are comments; a bad line is reported (line) and nothing is written; needs "
            + "JURISDICTION_IMPORT and a province-level scope")
    @ApiResponse(responseCode = "403", description = "无权修改 Not allowed",
            content = @Content(mediaType = "application/problem+json"))
    YearJson replaceCsv(@PathVariable int year, @RequestBody byte[] csv) {
        CalendarUpdates.Actor actor = guard.authorise(year);
        Arrangement arrangement = Arrangement.of(year, ArrangementCsv.read(csv), Where.LINE);
        updates.replace(arrangement, "PUT /api/calendar/" + year + " (CSV)", actor);
        return YearJson.of(year, cache.snapshot(), calendar);
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Unscoped(NATIONAL)
    @Operation(summary = "替换一年的安排（JSON）Replace a year from JSON", description = "{\"days\": [{\"date\": "
            + "\"2026-02-14\", \"kind\": \"WORKDAY\", \"name\": \"春节\", \"nameEn\": \"Spring Festival\"}]}；"
            + "出错时返回 entry（从 0 起）— a bad entry is reported (entry, from 0) and nothing is written")
    @ApiResponse(responseCode = "403", description = "无权修改 Not allowed",
            content = @Content(mediaType = "application/problem+json"))
    YearJson replaceJson(@PathVariable int year, @RequestBody JsonNode body) {
        CalendarUpdates.Actor actor = guard.authorise(year);
        Arrangement arrangement = Arrangement.of(year, rows(year, body), Where.ENTRY);
        updates.replace(arrangement, "PUT /api/calendar/" + year + " (JSON)", actor);
        return YearJson.of(year, cache.snapshot(), calendar);
    }

    @GetMapping(path = "/deadline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Unscoped(NATIONAL)
    @Operation(summary = "计算时限 Compute a deadline", description = "自 start（缺省为现在）起 amount 个 unit："
            + "HOURS 自然小时、WORKING_HOURS 工作小时、WORKING_DAYS 工作日（当日不计，第 N 个工作日下班时到期）— "
            + "amount units from start (default now): calendar hours, working hours, or working days (the start "
            + "day is not counted; due at close of business of the Nth working day)")
    DeadlineJson deadline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2026-02-13T16:00:00+08:00") OffsetDateTime start,
            @RequestParam @Parameter(example = "3") int amount,
            @RequestParam @Parameter(example = "WORKING_DAYS") TimeLimit.Unit unit) {
        if (amount < 0 || amount > 10_000) {
            throw ApiProblem.badRequest("calendar.deadline.bad-amount", String.valueOf(amount));
        }
        Instant from = start == null ? Instant.now() : start.toInstant();
        return DeadlineJson.of(calendar.deadline(from, new TimeLimit(amount, unit)), calendar);
    }

    private static List<RawDay> rows(int year, JsonNode body) {
        JsonNode days = body.isArray() ? body : body.path("days");
        if (!days.isArray()) {
            throw ApiProblem.badRequest("calendar.import.json-shape");
        }
        if (body.hasNonNull("year") && body.path("year").asInt() != year) {
            throw ApiProblem.badRequest("calendar.import.year-mismatch", body.path("year").asText(),
                    String.valueOf(year));
        }
        List<RawDay> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                throw Where.ENTRY.problem(i, "calendar.import.not-an-object");
            }
            rows.add(new RawDay(i, text(day, "date"), text(day, "kind"), text(day, "name"), text(day, "nameEn")));
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * A computed deadline.
     *
     * @param start the start, in the calendar's zone
     * @param limit the time limit
     * @param due   when it is due, in the calendar's zone
     * @param known false when a year without holiday arrangement was involved (weekends only)
     */
    record DeadlineJson(OffsetDateTime start, TimeLimit limit, OffsetDateTime due, boolean known) {

        static DeadlineJson of(Deadline deadline, WorkingCalendar calendar) {
            return new DeadlineJson(deadline.start().atZone(calendar.zone()).toOffsetDateTime(), deadline.limit(),
                    deadline.due().atZone(calendar.zone()).toOffsetDateTime(), deadline.known());
        }
    }
}
