package org.shuzhi.grid;

import java.util.List;

/**
 * Published once an import has been committed; the grids it names now have their new polygons.
 *
 * @param codes the codes of the grids the import created or changed, ordered
 */
public record GridsImported(List<String> codes) {

    public GridsImported {
        codes = List.copyOf(codes);
    }
}
