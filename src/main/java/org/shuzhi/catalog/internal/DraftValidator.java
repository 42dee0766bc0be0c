package org.shuzhi.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuzhi.catalog.Classification;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Departments;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.privacy.PersonalInfo;
import org.springframework.stereotype.Component;

/**
 * Checks a draft before anything is written, naming the first field at fault (400, {@code field} in the problem),
 * and completes it: the region follows the provider department, each item's grade and personal-information class
 * are raised to at least its field type's (就高从严), and the entry's grade is the strictest of its items'.
 */
@Component
class DraftValidator {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/._-]{2,63}");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> METHODS = Set.of("API", "DOWNLOAD", "BOTH");
    private static final int MAX_ITEMS = 500;

    private final Departments departments;

    DraftValidator(Departments departments) {
        this.departments = departments;
    }

    /** A checked draft with its derived grade. */
    record Checked(EntryDraft draft, DataGrade grade) {
    }

    Checked check(EntryDraft draft, DataScope scope) {
        if (draft == null) {
            throw field("body", "catalog.draft.missing");
        }
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            throw field("code", "catalog.draft.code", draft.code());
        }
        Department provider = provider(draft, scope);
        return complete(draft, provider.regionCode(), provider.code());
    }

    /**
     * Checks an entry received from another node by catalog sync: the same rules, except that its provider is a
     * department of that node, unknown here — its region must lie inside {@code allowed} (the sending node's
     * jurisdiction) instead.
     */
    Checked checkReceived(EntryDraft draft, DataScope allowed) {
        if (draft == null) {
            throw field("body", "catalog.draft.missing");
        }
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            throw field("code", "catalog.draft.code", draft.code());
        }
        if (draft.regionCode() == null || !allowed.covers(draft.regionCode())) {
            throw field("regionCode", "catalog.draft.region-outside", draft.regionCode());
        }
        text("providerDepartment", draft.providerDepartment(), 64);
        return complete(draft, draft.regionCode(), draft.providerDepartment());
    }

    private Checked complete(EntryDraft draft, String regionCode, String providerCode) {
        checkClassification(draft.classification());
        text("name", draft.name(), 200);
        text("summary", draft.summary(), 4000);
        required("format", draft.format());
        required("updateCycle", draft.updateCycle());
        required("openType", draft.openType());
        checkSharing(draft);
        draft.related().forEach(code -> {
            if (code == null || !CODE.matcher(code).matches()) {
                throw field("related", "catalog.draft.code", code);
            }
        });
        List<InformationItem> items = items(draft.items());
        DataGrade grade = items.stream().map(InformationItem::grade).reduce(DataGrade.GENERAL, DataGrade::stricter);
        EntryDraft completed = new EntryDraft(draft.code(), draft.classification(), draft.name().strip(),
                draft.summary().strip(), draft.format(), draft.updateCycle(), regionCode, providerCode,
                draft.sharing(), draft.openType(), draft.related(), items);
        return new Checked(completed, grade);
    }

    private Department provider(EntryDraft draft, DataScope scope) {
        Department provider = departments.find(draft.providerDepartment(), scope)
                .filter(d -> scope.departmentCodes().isEmpty() || scope.departmentCodes().contains(d.code()))
                .orElseThrow(() -> field("providerDepartment", "catalog.draft.provider", draft.providerDepartment()));
        if (draft.regionCode() != null && !draft.regionCode().equals(provider.regionCode())) {
            throw field("regionCode", "catalog.draft.region", draft.regionCode(), provider.regionCode());
        }
        return provider;
    }

    private static void checkClassification(Classification c) {
        if (c == null || c.classCode() == null || !c.classCode().matches("[0-9]{2}")) {
            throw field("classification.classCode", "catalog.draft.classification");
        }
        String[] parts = {c.itemCode(), c.categoryCode(), c.detailCode()};
        String[] patterns = {"[0-9]{2,3}", "[0-9]{2,3}", "[0-9]{2,4}"};
        boolean ended = false;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                ended = true;
            } else if (ended || !parts[i].matches(patterns[i])) {
                throw field("classification", "catalog.draft.classification");
            }
        }
    }

    private static void checkSharing(EntryDraft draft) {
        var sharing = draft.sharing();
        if (sharing == null || sharing.type() == null) {
            throw field("sharing.type", "catalog.draft.required");
        }
        if (sharing.method() != null && !METHODS.contains(sharing.method())) {
            throw field("sharing.method", "catalog.draft.method", sharing.method());
        }
        if (sharing.type() == SharingType.CONDITIONAL && blank(sharing.condition())) {
            throw field("sharing.condition", "catalog.draft.condition");
        }
        if (sharing.type() != SharingType.UNCONDITIONAL && blank(sharing.legalBasis())) {
            throw field("sharing.legalBasis", "catalog.draft.legal-basis");
        }
    }

    private static List<InformationItem> items(List<InformationItem> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw field("items", "catalog.draft.items", MAX_ITEMS);
        }
        Set<String> columns = new HashSet<>();
        List<InformationItem> completed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                throw field(at, "catalog.draft.required");
            }
            text(at + ".name", item.name(), 100);
            if (item.column() == null || !COLUMN.matcher(item.column()).matches() || !columns.add(item.column())) {
                throw field(at + ".column", "catalog.draft.column", item.column());
            }
            required(at + ".dataType", item.dataType());
            FieldType type = item.fieldType() == null ? FieldType.PLAIN : item.fieldType();
            if (item.maskingRule() != null) {
                try {
                    MaskingRule.parse(item.maskingRule(), new byte[32]);
                } catch (IllegalArgumentException e) {
                    throw field(at + ".maskingRule", "catalog.draft.masking", item.maskingRule());
                }
            }
            DataGrade grade = type.defaultGrade().stricter(item.grade() == null ? DataGrade.GENERAL : item.grade());
            PersonalInfo personal = stricter(type.personalInfo(), item.personalInfo());
            completed.add(new InformationItem(item.name().strip(), item.column(), item.dataType(), type, grade,
                    personal, item.maskingRule(), item.required(), item.key()));
        }
        return completed;
    }

    private static PersonalInfo stricter(PersonalInfo a, PersonalInfo b) {
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static void text(String name, String value, int max) {
        if (blank(value) || value.strip().length() > max) {
            throw field(name, "catalog.draft.text", max);
        }
    }

    private static void required(String name, Object value) {
        if (value == null) {
            throw field(name, "catalog.draft.required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ApiProblem field(String name, String key, Object... args) {
        return ApiProblem.badRequest(key, args).with("field", name);
    }
}
