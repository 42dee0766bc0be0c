package org.shuzhi.open311.internal;

import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * GeoReport's {@code jurisdiction_id} is a division code (a county such as {@code 320509}, a township such as
 * {@code 320509104}, …); without one the configured default is served. Everything a call reads or reports lies
 * inside that division: its subtree is the call's data scope.
 */
@Component
class JurisdictionIds {

    private final Jurisdictions jurisdictions;
    private final Open311Properties properties;

    JurisdictionIds(Jurisdictions jurisdictions, Open311Properties properties) {
        this.jurisdictions = jurisdictions;
        this.properties = properties;
    }

    /** The division code a call is confined to; 404 when {@code jurisdictionId} names no division. */
    String resolve(String jurisdictionId) {
        String code = jurisdictionId == null || jurisdictionId.isBlank() ? properties.defaultJurisdiction()
                : jurisdictionId.strip();
        if (!code.matches("[0-9]{2,12}") || !jurisdictions.exists(code)) {
            throw Open311Error.notFound("open311.error.jurisdiction", code);
        }
        return code;
    }

    /** The data scope of a jurisdiction: its subtree, every department. */
    static DataScope scope(String jurisdiction) {
        return DataScope.of(jurisdiction);
    }
}
