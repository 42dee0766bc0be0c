package org.shuzhi.identity.internal;

import java.util.List;

import org.shuzhi.identity.AccountAdministration.UserPage;
import org.shuzhi.identity.AccountAdministration.UserQuery;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The reading half of account administration: accounts and departments inside the actor's scope, for holders of
 * {@link Permission#USER_READ} or {@link Permission#USER_MANAGE}. Filters narrow the scope, never widen it.
 */
@Component
class AccountReads {

    static final int MAX_PAGE_SIZE = 200;

    private final AccountSearch search;
    private final DepartmentStore departments;
    private final Granting granting;

    AccountReads(AccountSearch search, DepartmentStore departments, Granting granting) {
        this.search = search;
        this.departments = departments;
        this.granting = granting;
    }

    UserAccount findUser(Caller actor, String username) {
        requireRead(actor);
        return granting.visibleAccount(actor, username).account();
    }

    UserPage searchUsers(Caller actor, UserQuery query) {
        requireRead(actor);
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("identity.query.invalid-page", MAX_PAGE_SIZE);
        }
        DataScope scope = narrowed(actor, query.regionCode());
        long offset = (long) query.page() * query.size();
        List<UserAccount> users = offset > Integer.MAX_VALUE ? List.of()
                : search.page(scope, query, (int) offset, query.size()).stream().map(AccountRow::account).toList();
        return new UserPage(users, search.count(scope, query), query.page(), query.size());
    }

    List<Department> departments(Caller actor, String regionCode) {
        requireRead(actor);
        return departments.list(narrowed(actor, regionCode));
    }

    Department findDepartment(Caller actor, String code) {
        requireRead(actor);
        return departments.find(actor.scope(), code)
                .orElseThrow(() -> ApiProblem.notFound("identity.department.not-found", code));
    }

    private void requireRead(Caller actor) {
        if (!actor.has(Permission.USER_MANAGE)) {
            granting.requirePermission(actor, Permission.USER_READ);
        }
    }

    /** The actor's scope, narrowed to a region's subtree when one is asked for (400 for a malformed code). */
    private static DataScope narrowed(Caller actor, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return actor.scope();
        }
        if (!regionCode.strip().matches("[0-9]{2,12}")) {
            throw ApiProblem.badRequest("identity.region.invalid", regionCode);
        }
        return actor.scope().narrowTo(regionCode.strip());
    }
}
