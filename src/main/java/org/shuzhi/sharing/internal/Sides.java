package org.shuzhi.sharing.internal;

import java.util.HashMap;
import java.util.Map;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;

/**
 * The scope predicates of the two-sided sharing tables: the consumer's columns ({@code consumer_region,
 * consumer_department}, the table's scope marker) and the provider's ({@code provider_region,
 * provider_department}). Both come from the same scope, so their bind parameters coincide and can be merged.
 */
enum Sides {
    /** The applicant's, caller's or objector's side. */
    CONSUMER,
    /** The catalog entry's side. */
    PROVIDER,
    /** Either side: what a caller may read. */
    EITHER;

    ScopedSql where(DataScope scope, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        ScopedSql consumer = ScopedSql.where(scope, prefix + "consumer_region", prefix + "consumer_department");
        ScopedSql provider = ScopedSql.where(scope, prefix + "provider_region", prefix + "provider_department");
        return switch (this) {
            case CONSUMER -> consumer;
            case PROVIDER -> provider;
            case EITHER -> {
                Map<String, Object> parameters = new HashMap<>(consumer.parameters());
                parameters.putAll(provider.parameters());
                yield new ScopedSql("((" + consumer.sql() + ") or (" + provider.sql() + "))", parameters);
            }
        };
    }

    /** The side named by a request parameter ({@code consumer}, {@code provider}); either side otherwise. */
    static Sides of(String side) {
        if ("consumer".equalsIgnoreCase(side)) {
            return CONSUMER;
        }
        return "provider".equalsIgnoreCase(side) ? PROVIDER : EITHER;
    }
}
