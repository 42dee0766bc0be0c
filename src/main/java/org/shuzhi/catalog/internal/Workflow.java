package org.shuzhi.catalog.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.EntryState;

import static org.shuzhi.catalog.EntryState.APPROVED;
import static org.shuzhi.catalog.EntryState.ATTACHED;
import static org.shuzhi.catalog.EntryState.DRAFT;
import static org.shuzhi.catalog.EntryState.PUBLISHED;
import static org.shuzhi.catalog.EntryState.REJECTED;
import static org.shuzhi.catalog.EntryState.SUBMITTED;
import static org.shuzhi.catalog.EntryState.WITHDRAWN;

/**
 * The catalog workflow 编目 → 挂接 → 审核 → 发布 as a table: from which states each action is allowed, where it leads,
 * who may take it (a permission name) and whether a reason is required. Editing the working copy is allowed in
 * {@link #EDITABLE} states only and sends an attached entry back to {@code ATTACHED} (a changed entry is reviewed
 * afresh).
 */
final class Workflow {

    /** States in which the provider may change the working copy. */
    static final Set<EntryState> EDITABLE = EnumSet.of(DRAFT, ATTACHED, REJECTED);

    static final String MANAGE = "CATALOG_MANAGE";
    static final String REVIEW = "CATALOG_REVIEW";

    record Rule(Set<EntryState> from, EntryState to, String permission, boolean reasonRequired) {
    }

    private static final Map<CatalogAction, Rule> RULES = new EnumMap<>(CatalogAction.class);

    static {
        RULES.put(CatalogAction.ATTACH, new Rule(EnumSet.of(DRAFT, ATTACHED, REJECTED), ATTACHED, MANAGE, false));
        RULES.put(CatalogAction.SUBMIT, new Rule(EnumSet.of(ATTACHED), SUBMITTED, MANAGE, false));
        RULES.put(CatalogAction.APPROVE, new Rule(EnumSet.of(SUBMITTED), APPROVED, REVIEW, false));
        RULES.put(CatalogAction.REJECT, new Rule(EnumSet.of(SUBMITTED, APPROVED), REJECTED, REVIEW, true));
        RULES.put(CatalogAction.PUBLISH, new Rule(EnumSet.of(APPROVED), PUBLISHED, REVIEW, false));
        RULES.put(CatalogAction.REVISE, new Rule(EnumSet.of(PUBLISHED), DRAFT, MANAGE, false));
        RULES.put(CatalogAction.WITHDRAW, new Rule(EnumSet.of(DRAFT, ATTACHED, SUBMITTED, APPROVED, PUBLISHED,
                REJECTED), WITHDRAWN, MANAGE, true));
    }

    private Workflow() {
    }

    static Rule rule(CatalogAction action) {
        return RULES.get(action);
    }

    /** The actions allowed from {@code state} for someone holding the permissions {@code holds} answers yes to. */
    static Set<CatalogAction> allowed(EntryState state, java.util.function.Predicate<String> holds) {
        Set<CatalogAction> actions = EnumSet.noneOf(CatalogAction.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(state) && holds.test(rule.permission())) {
                actions.add(action);
            }
        });
        return actions;
    }
}
