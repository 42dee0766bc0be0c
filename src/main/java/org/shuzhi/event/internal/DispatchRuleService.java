package org.shuzhi.event.internal;

import java.time.Clock;
import java.util.List;

import org.shuzhi.event.EventCategories;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the dispatch rules, always inside the caller's scope: reading needs {@code EVENT_DISPATCH}; writing also
 * needs {@code USER_MANAGE} — the administrator of a jurisdiction, who keeps its departments, keeps the rules that
 * route events to them. A rule's region, grid and department must lie inside the writer's scope, and the department
 * must fit the rule's region and level ({@link DispatchDepartments}); rules outside the scope answer 404 as if they
 * did not exist.
 */
@Service
class DispatchRuleService {

    /** A division code of any level: province, city, county, township or village. */
    private static final String REGION = "[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?";

    private final DispatchRuleRepository rules;
    private final EventCategories categories;
    private final Jurisdictions jurisdictions;
    private final Grids grids;
    private final DispatchDepartments departments;
    private final Clock clock;

    DispatchRuleService(DispatchRuleRepository rules, EventCategories categories, Jurisdictions jurisdictions,
            Grids grids, DispatchDepartments departments, Clock clock) {
        this.rules = rules;
        this.categories = categories;
        this.jurisdictions = jurisdictions;
        this.grids = grids;
        this.departments = departments;
        this.clock = clock;
    }

    /** The rules inside the caller's scope. */
    List<DispatchRule> list(Caller caller) {
        require(caller, Permission.EVENT_DISPATCH);
        return rules.list(caller.scope());
    }

    /** One rule inside the caller's scope, else 404. */
    DispatchRule get(Caller caller, long id) {
        require(caller, Permission.EVENT_DISPATCH);
        return rules.find(id, caller.scope()).orElseThrow(() -> ApiProblem.notFound("event.rule.not-found", id));
    }

    /** Creates a rule; 409 when its region already has a rule of that name. */
    @Transactional
    DispatchRule create(Caller caller, RuleDraft draft) {
        requireWriter(caller);
        RuleDraft valid = check(caller, draft);
        long id = rules.insert(valid, caller.username(), clock.instant(), caller.scope())
                .orElseThrow(() -> ApiProblem.conflict("event.rule.name-taken", valid.name(), valid.regionCode()));
        return rules.find(id, caller.scope()).orElseThrow();
    }

    /** Replaces a rule's fields; the draft must carry the version read (409 when it changed since). */
    @Transactional
    DispatchRule update(Caller caller, long id, RuleDraft draft) {
        requireWriter(caller);
        DispatchRule current = get(caller, id);
        if (draft.version() == null) {
            throw ApiProblem.badRequest("event.rule.version-required").with("field", "version");
        }
        RuleDraft valid = check(caller, draft);
        if (draft.version() != current.version()
                || !rules.update(id, draft.version(), valid, caller.username(), clock.instant(), caller.scope())) {
            throw ApiProblem.conflict("event.rule.stale", id, current.version()).with("version", current.version());
        }
        return rules.find(id, caller.scope()).orElseThrow();
    }

    /** Deactivates a rule (at {@code version} when given); it never matches again but stays for the record. */
    @Transactional
    DispatchRule deactivate(Caller caller, long id, Integer version) {
        requireWriter(caller);
        DispatchRule current = get(caller, id);
        int expected = version == null ? current.version() : version;
        if (!rules.deactivate(id, expected, caller.username(), clock.instant(), caller.scope())) {
            throw ApiProblem.conflict("event.rule.stale", id, current.version()).with("version", current.version());
        }
        return rules.find(id, caller.scope()).orElseThrow();
    }

    /** The draft with its text trimmed, or a 400 naming the first field that is wrong. */
    private RuleDraft check(Caller caller, RuleDraft d) {
        String region = blank(d.regionCode());
        if (region == null || !region.matches(REGION) || !jurisdictions.exists(region)) {
            throw field("regionCode", "event.rule.unknown-region", region);
        }
        if (!caller.scope().covers(region)) {
            throw field("regionCode", "event.rule.region-outside-scope", region);
        }
        String name = blank(d.name());
        if (name == null || name.length() > 100) {
            throw field("name", "event.rule.name-required", 100);
        }
        if (d.priority() != null && Math.abs(d.priority()) > 1000) {
            throw field("priority", "event.rule.priority-range", 1000);
        }
        String category = blank(d.categoryPrefix());
        if (category != null && categories.find(category).isEmpty()) {
            throw field("categoryPrefix", "event.rule.unknown-category", category);
        }
        String grid = blank(d.gridCode());
        if (grid != null && !isComprehensiveGridIn(grid, region, caller)) {
            throw field("gridCode", "event.rule.unknown-grid", grid, region);
        }
        if ((d.hourFrom() == null) != (d.hourTo() == null) || d.hourFrom() != null && (d.hourFrom() < 0
                || d.hourFrom() > 23 || d.hourTo() < 0 || d.hourTo() > 24 || d.hourFrom().equals(d.hourTo()))) {
            throw field("hourFrom", "event.rule.hours", d.hourFrom(), d.hourTo());
        }
        if (d.level() == null) {
            throw field("level", "event.rule.level-required");
        }
        String department = blank(d.department());
        if (department != null) {
            departments.checkRule(department, d.level(), region, caller.scope());
        }
        return new RuleDraft(region, name, d.priority(), category, grid, d.urgencies(), d.days(), d.hourFrom(),
                d.hourTo(), d.level(), department, d.autoDispatch(), d.version());
    }

    private boolean isComprehensiveGridIn(String code, String region, Caller caller) {
        return code.startsWith(region) && grids.find(code, caller.scope())
                .map(Grid::type).filter(GridType.COMPREHENSIVE::equals).isPresent();
    }

    private static void require(Caller caller, Permission permission) {
        if (!caller.has(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", permission);
        }
    }

    /** Reading, and the administration of the scope (see the class comment). */
    static boolean mayWrite(Caller caller) {
        return caller.has(Permission.EVENT_DISPATCH) && caller.has(Permission.USER_MANAGE);
    }

    private static void requireWriter(Caller caller) {
        require(caller, Permission.EVENT_DISPATCH);
        require(caller, Permission.USER_MANAGE);
    }

    private static ApiProblem field(String name, String key, Object... args) {
        return ApiProblem.badRequest(key, args).with("field", name);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
