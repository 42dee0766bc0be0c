package org.shuzhi.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.AccountAdministration.NewUser;
import org.shuzhi.identity.AccountAdministration.UserChanges;
import org.shuzhi.identity.AccountAdministration.UserQuery;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.shuzhi.identity.UserAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 用户管理 pages: search the accounts in one's scope (htmx refreshes the list as one types), an account's details
 * with its roles, status and password, and a form for a new account. Everything goes through
 * {@link AccountAdministration}, so the pages can do exactly what the API can: an account outside the caller's
 * scope is 404 here too.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    static final int PAGE_SIZE = 20;

    private final AccountAdministration administration;
    private final RoleAdministration roles;
    private final Callers callers;

    UserAdminPages(AccountAdministration administration, RoleAdministration roles, Callers callers) {
        this.administration = administration;
        this.roles = roles;
        this.callers = callers;
    }

    /** The fields of the new-account form. */
    record NewUserForm(String username, String displayName, Caller.Kind kind, String regionCode,
            String departmentCode, String mobile, String idNumber, String password, Set<String> roles) {
    }

    /** The fields of the account form; blank mobile and ID number keep the stored ones. */
    record UserForm(String displayName, String regionCode, String departmentCode, String mobile, String idNumber) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String department, @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        // the same address answers with the whole page or, for htmx, the list alone: caches must tell them apart
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        Caller me = callers.current();
        UserQuery query = new UserQuery(region, department, role, q, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", administration.searchUsers(me, query));
        model.addAttribute("roleNames", roleNames(me));
        if (htmx != null) {
            return "identity/admin/users :: results";
        }
        model.addAttribute("departments", administration.departments(me, null));
        return "identity/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        Caller me = callers.current();
        return newForm(me, new NewUserForm(null, null, Caller.Kind.USER, me.regionCode(),
                me.departmentNarrowed() ? me.departmentCode() : null, null, null, null, Set.of()), model);
    }

    @PostMapping
    String create(NewUserForm form, Model model, HttpServletResponse response) {
        Caller me = callers.current();
        NewUser user = new NewUser(form.username(), form.displayName(), form.kind(), form.regionCode(),
                PageForms.blankToNull(form.departmentCode()), form.password(), form.roles(), Set.of(), form.mobile(),
                form.idNumber());
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        return PageForms.submit(() -> administration.createUser(me, user), "/admin/users/" + username, "created",
                model, response, () -> newForm(me, form, model));
    }

    @GetMapping("/{username}")
    String detail(@PathVariable String username, @RequestParam(required = false) String done, Model model) {
        PageForms.announce(done, model);
        return detailPage(callers.current(), administration.findUser(callers.current(), username), model);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, UserForm form, Model model, HttpServletResponse response) {
        UserChanges changes = new UserChanges(form.displayName(), PageForms.blankToNull(form.regionCode()),
                form.departmentCode() == null ? "" : form.departmentCode(), PageForms.blankToNull(form.mobile()),
                PageForms.blankToNull(form.idNumber()));
        return change(username, "updated", me -> administration.updateUser(me, username, changes), model, response);
    }

    @PostMapping("/{username}/roles")
    String assignRoles(@PathVariable String username, @RequestParam(name = "roles", required = false) Set<String> held,
            Model model, HttpServletResponse response) {
        return change(username, "roles", me -> administration.assignRoles(me, username, held == null ? Set.of() : held),
                model, response);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, Model model, HttpServletResponse response) {
        return change(username, "enabled", me -> administration.setEnabled(me, username, true), model, response);
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, Model model, HttpServletResponse response) {
        return change(username, "disabled", me -> administration.setEnabled(me, username, false), model, response);
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password, Model model,
            HttpServletResponse response) {
        return change(username, "password", me -> {
            administration.setPassword(me, username, password);
            return null;
        }, model, response);
    }

    /** Finds the account first — 404 outside the caller's scope — then applies the change to it. */
    private String change(String username, String done, Function<Caller, Object> change, Model model,
            HttpServletResponse response) {
        Caller me = callers.current();
        UserAccount user = administration.findUser(me, username);
        return PageForms.submit(() -> change.apply(me), "/admin/users/" + user.username(), done, model, response,
                () -> detailPage(me, user, model));
    }

    private String detailPage(Caller me, UserAccount user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roleChoices", RoleChoice.of(me, user, roles.roles(me)));
        model.addAttribute("roleNames", roleNames(me));
        model.addAttribute("departments", administration.departments(me, null));
        return "identity/admin/user";
    }

    private String newForm(Caller me, NewUserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roleChoices", RoleChoice.of(me, null, roles.roles(me)));
        model.addAttribute("departments", administration.departments(me, null));
        return "identity/admin/user-new";
    }

    private Map<String, Role> roleNames(Caller me) {
        List<Role> visible = roles.roles(me);
        return visible.stream().collect(Collectors.toMap(Role::code, Function.identity()));
    }
}
