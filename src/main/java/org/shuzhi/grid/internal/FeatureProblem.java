package org.shuzhi.grid.internal;

import java.util.Arrays;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shuzhi.platform.ApiProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The 400 problems an import reports for one feature of a GeoJSON file. Every message starts with the feature's
 * index and code, and the body carries them as {@code feature} (0-based index into {@code features}) and
 * {@code featureCode}, so a client can point at the offending feature without parsing text. ({@code code} is
 * taken: the platform puts the problem's own key there.)
 */
final class FeatureProblem {

    private FeatureProblem() {
    }

    /**
     * A problem with message {@code grid.import.<kind>}, whose arguments are the index, the code (or — when the
     * feature has none) and then {@code details}.
     */
    static ApiProblem of(String kind, int index, String code, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = index;
        args[1] = code == null ? "—" : code;
        System.arraycopy(details, 0, args, 2, details.length);
        ApiProblem problem = ApiProblem.badRequest("grid.import." + kind, args).with("feature", index);
        return code == null ? problem : problem.with("featureCode", code);
    }

    /**
     * An invalid geometry, with JTS's reason both localized in the message ({@code grid.geometry.error.<type>}) and
     * verbatim in the body ({@code reason}, {@code location} as [lng, lat] when JTS gives one).
     */
    static ApiProblem invalidGeometry(int index, String code, TopologyValidationError error) {
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : " (%s, %s)".formatted(at.x, at.y);
        var reason = new DefaultMessageSourceResolvable(new String[] {"grid.geometry.error." + error.getErrorType()},
                error.getMessage());
        ApiProblem problem = of("invalid-geometry", index, code, reason, where).with("reason", error.getMessage());
        return at == null ? problem : problem.with("location", Arrays.asList(at.x, at.y));
    }

    /** A localized name for something the message refers to, e.g. what a property should have been. */
    static DefaultMessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
