package org.shuzhi.identity.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 角色管理 page: the built-in roles and the custom roles of one's scope with their permissions, a form for a custom
 * role whose checkboxes offer only the permissions the administrator holds, and deleting unused custom roles.
 */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminPages {

    private final RoleAdministration roles;
    private final Callers callers;

    RoleAdminPages(RoleAdministration roles, Callers callers) {
        this.roles = roles;
        this.callers = callers;
    }

    @GetMapping
    String list(@RequestParam(required = false) String done, Model model) {
        PageForms.announce(done, model);
        return page(callers.current(), RoleDraft.blank(), model);
    }

    @PostMapping
    String create(RoleDraft form, Model model, HttpServletResponse response) {
        Caller me = callers.current();
        Role role = form.role(form.code());
        return PageForms.submit(() -> roles.createRole(me, role), "/admin/roles", "created", model, response,
                () -> page(me, form, model));
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, Model model, HttpServletResponse response) {
        Caller me = callers.current();
        roles.findRole(me, code);
        return PageForms.submit(() -> roles.deleteRole(me, code), "/admin/roles", "deleted", model, response,
                () -> page(me, RoleDraft.blank(), model));
    }

    private String page(Caller me, RoleDraft form, Model model) {
        model.addAttribute("roles", roles.roles(me));
        model.addAttribute("form", form);
        // only what the administrator holds can go into a role they make
        List<Permission> offered = Arrays.stream(Permission.values()).filter(me::has).toList();
        model.addAttribute("offered", offered);
        return "identity/admin/roles";
    }
}
