package org.shuzhi.privacy;

/**
 * Masks personal data for output — in API responses, pages and exports alike. Whether a caller may see a grade in
 * clear is decided by the identity module; this is the mechanism every module calls.
 */
public interface Masking {

    /** The rule in force for a field type (the deployment's override or the type's default). */
    MaskingRule rule(FieldType type);

    /** The masked form of a value of the given type. */
    default String mask(FieldType type, String value) {
        return rule(type).apply(value);
    }

    /**
     * Free text with every recognised resident ID, mobile number and bank card (validated, not merely shaped like
     * one) replaced by its masked form — for descriptions, remarks and other text people type.
     */
    String maskText(String text);
}
