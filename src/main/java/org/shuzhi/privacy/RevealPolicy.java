package org.shuzhi.privacy;

/**
 * Decides whether the current caller may see personal data of a type unmasked — in practice whether they hold the
 * permission for its {@linkplain FieldType#personalInfo() class}. The identity module provides the real policy;
 * until one is present nothing is revealed.
 */
@FunctionalInterface
public interface RevealPolicy {

    /** Reveals nothing: every personal field is masked. */
    RevealPolicy NOTHING = type -> false;

    boolean mayReveal(FieldType type);
}
