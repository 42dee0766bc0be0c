package org.shuzhi.catalog;

import java.util.Optional;

import org.shuzhi.platform.DataScope;

/** The catalog as other modules read it: published versions only, within the reader's scope. */
public interface Catalog {

    /**
     * The published version of the entry with this code, when {@code scope} may see it (its region lies inside
     * the scope, or the scope lies inside its region); empty otherwise, and for unpublished or withdrawn entries.
     */
    Optional<CatalogEntry> published(String code, DataScope scope);

    /**
     * The working copy of the entry with this id as its provider's side sees it — the entry's region and department
     * lie inside {@code scope} — whatever its workflow state; empty otherwise. Datasets load the rows of an entry
     * before and after publication, against the items of the working copy.
     */
    Optional<CatalogEntry> workingCopy(long id, DataScope scope);
}
