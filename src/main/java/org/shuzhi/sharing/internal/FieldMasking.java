package org.shuzhi.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.shuzhi.catalog.InformationItem;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.privacy.PersonalInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a shared value goes out. A personal item (its personal-information class is not NONE) is masked by the item's
 * own rule, or its field type's rule in force — unless the grant names it for clear text <em>and</em> the consumer
 * holds {@code PERSONAL_VIEW_GENERAL} / {@code PERSONAL_VIEW_SENSITIVE} for its class. A personal item whose rule
 * would show it as it is, and every other text value, still has the identifiers recognised in it masked (free text
 * may hold an ID number or a mobile whatever the item says). Non-personal typed identifiers (统一社会信用代码) are
 * shown as they are.
 */
@Component
class FieldMasking {

    private static final MaskingRule REVEAL = new MaskingRule.Reveal();

    private final Masking masking;
    private final byte[] hashKey;
    private final Map<String, MaskingRule> itemRules = new ConcurrentHashMap<>();

    FieldMasking(Masking masking, @Value("${shuzhi.sharing.hash-key:shuzhi-sharing}") String hashKey) {
        this.masking = masking;
        this.hashKey = hashKey.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the value of this item may go out in clear: granted in clear and the caller may view its class. */
    static boolean clear(InformationItem item, boolean grantedClear, Predicate<String> holds) {
        return grantedClear && switch (item.personalInfo()) {
            case NONE -> true;
            case GENERAL -> holds.test("PERSONAL_VIEW_GENERAL");
            case SENSITIVE -> holds.test("PERSONAL_VIEW_SENSITIVE");
        };
    }

    /** The rule a value of this item is masked by when it may not go out in clear. */
    MaskingRule rule(InformationItem item) {
        if (item.personalInfo() == PersonalInfo.NONE) {
            // typed identifiers of legal entities (统一社会信用代码) go out as they are; plain text is scanned
            return item.fieldType() == FieldType.PLAIN || item.fieldType() == FieldType.FREE_TEXT ? text() : REVEAL;
        }
        MaskingRule rule = item.maskingRule() == null ? masking.rule(item.fieldType())
                : itemRules.computeIfAbsent(item.maskingRule(), spec -> MaskingRule.parse(spec, hashKey, masking::maskText));
        return rule instanceof MaskingRule.Reveal ? text() : rule;
    }

    /** Applies a rule to a stored value: text as such, other types (numbers, dates) through their text form. */
    static Object apply(MaskingRule rule, Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        String masked = rule.apply(text);
        return text.equals(masked) ? value : masked;
    }

    private MaskingRule text() {
        return new MaskingRule.Identifiers(masking::maskText);
    }
}
