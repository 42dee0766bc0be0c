package org.shuzhi.dataset.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.privacy.PersonalInfo;
import org.shuzhi.privacy.RevealPolicy;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Masks the personal items of dataset rows for the caller, item by item, as {@code @Personal} fields are masked
 * elsewhere: shown only with the permission for the item's personal-information class ({@link RevealPolicy}),
 * else by the item's masking rule or its field type's. Values shown unmasked are audited, one entry per response.
 */
@Component
class RowMasking {

    /** For personal items whose rule would show everything: the first character only. */
    private static final MaskingRule FALLBACK = new MaskingRule.Keep(1, 0);

    private final Masking masking;
    private final ObjectProvider<RevealPolicy> policies;
    private final AuditLog audit;
    private final CallerContext caller;

    RowMasking(Masking masking, ObjectProvider<RevealPolicy> policies, AuditLog audit, CallerContext caller) {
        this.masking = masking;
        this.policies = policies;
        this.audit = audit;
        this.caller = caller;
    }

    DatasetPage mask(String entryCode, List<InformationItem> items, DatasetPage page) {
        RevealPolicy policy = policies.getIfAvailable(() -> RevealPolicy.NOTHING);
        Map<String, MaskingRule> masked = new LinkedHashMap<>();
        Map<String, FieldType> revealed = new LinkedHashMap<>();
        for (InformationItem item : items) {
            PersonalInfo personal = item.personalInfo() == null ? item.fieldType().personalInfo() : item.personalInfo();
            if (personal == PersonalInfo.NONE) {
                continue;
            }
            FieldType type = classOf(item.fieldType(), personal);
            if (policy.mayReveal(type)) {
                revealed.put(item.column(), type);
            } else {
                masked.put(item.column(), rule(item, type));
            }
        }
        Map<FieldType, Integer> shown = new EnumMap<>(FieldType.class);
        List<Map<String, Object>> rows = new ArrayList<>(page.rows().size());
        for (Map<String, Object> row : page.rows()) {
            Map<String, Object> out = new LinkedHashMap<>(row);
            out.replaceAll((column, value) -> {
                if (value == null) {
                    return null;
                }
                MaskingRule rule = masked.get(column);
                if (rule != null) {
                    return rule.apply(value.toString());
                }
                if (revealed.containsKey(column)) {
                    shown.merge(revealed.get(column), 1, Integer::sum);
                }
                return value;
            });
            rows.add(out);
        }
        if (!shown.isEmpty()) {
            audited(entryCode, shown);
        }
        return new DatasetPage(page.columns(), rows, page.total());
    }

    /**
     * The field type whose class decides: the item's own, unless the catalog graded the item stricter than its
     * type (就高从严) — then a type of that class, so that the permission asked for is the stricter one.
     */
    private static FieldType classOf(FieldType type, PersonalInfo personal) {
        if (type.personalInfo() == personal) {
            return type;
        }
        return personal == PersonalInfo.SENSITIVE ? FieldType.FREE_TEXT : FieldType.PERSON_NAME;
    }

    private MaskingRule rule(InformationItem item, FieldType type) {
        String spec = item.maskingRule();
        if (spec != null && !spec.isBlank() && !spec.strip().equals("hash") && !spec.strip().equals("none")) {
            try {
                return MaskingRule.parse(spec, new byte[0], masking::maskText);
            } catch (IllegalArgumentException e) {
                // an item rule the platform cannot read masks by the type's rule instead
            }
        }
        MaskingRule rule = masking.rule(item.fieldType());
        if (rule instanceof MaskingRule.Reveal) {
            rule = masking.rule(type);
        }
        return rule instanceof MaskingRule.Reveal ? FALLBACK : rule;
    }

    private void audited(String entryCode, Map<FieldType, Integer> shown) {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        String details = shown.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        audit.record(new AuditEntry(caller.actor(), caller.scopeLabel(), "personal.unmasked", "dataset:" + entryCode,
                AuditEntry.Outcome.SUCCESS, ip, MDC.get("requestId"), details));
    }
}
