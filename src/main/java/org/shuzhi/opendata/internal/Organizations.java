package org.shuzhi.opendata.internal;

import java.util.Collection;
import java.util.Set;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Departments;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * Names for what an open entry refers to by code: its provider department (CKAN's organization, DCAT's publisher)
 * and its region. A department is looked up in the entry's own region, where the catalog put it: publishing an
 * entry as open makes its provider's name public, nothing more of the directory.
 */
@Component
class Organizations {

    private final Departments departments;
    private final Jurisdictions jurisdictions;

    Organizations(Departments departments, Jurisdictions jurisdictions) {
        this.departments = departments;
        this.jurisdictions = jurisdictions;
    }

    /** The provider's display name, or its code when the directory no longer has it. */
    String provider(CatalogEntry entry) {
        return departments.find(entry.providerDepartment(), DataScope.of(entry.regionCode()))
                .map(Department::name).orElse(entry.providerDepartment());
    }

    /**
     * The name of a provider of open entries known by its code only (a facet), looked up in the regions of the
     * open entries it was counted among — where the catalog put it.
     */
    String provider(String code, Collection<String> regions) {
        if (regions.isEmpty()) {
            return code;
        }
        return departments.find(code, new DataScope(Set.copyOf(regions), Set.of())).map(Department::name)
                .orElse(code);
    }

    /** The region's name, or its code when the division tree does not know it. */
    String region(String code) {
        return code == null ? null : jurisdictions.find(code).map(Division::name).orElse(code);
    }
}
