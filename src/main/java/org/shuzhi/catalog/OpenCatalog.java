package org.shuzhi.catalog;

import java.util.Optional;

/**
 * The open catalog 开放目录 for the public open-data portal: the published versions of entries whose open type, as
 * published, is {@link OpenType#OPEN} (无条件开放) and that are not withdrawn — nothing else, for anybody. These reads
 * take no caller scope: what is open is open to everyone; the rows behind an entry belong to the entry's own region.
 */
public interface OpenCatalog {

    /** Open entries matching {@code query}, with facet counts. */
    OpenEntries search(OpenQuery query);

    /** The open entry with this code, or with this id when {@code codeOrId} is a number. */
    Optional<OpenEntry> entry(String codeOrId);
}
