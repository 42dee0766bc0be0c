package org.shuzhi.privacy.internal;

import java.util.Map;

import org.shuzhi.privacy.FieldType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment overrides of the masking rules, e.g. {@code shuzhi.privacy.rules.RESIDENT_ID=keep:6:4}, and the key
 * of the {@code hash} rule ({@code shuzhi.privacy.hash-key}; when unset a random key is created once and kept in
 * {@code <data-dir>/privacy-hash.key}, so hashes stay stable across restarts).
 */
@ConfigurationProperties("shuzhi.privacy")
record PrivacyProperties(Map<FieldType, String> rules, String hashKey) {

    PrivacyProperties {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }
}
