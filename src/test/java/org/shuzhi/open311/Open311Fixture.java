package org.shuzhi.open311;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;

/**
 * Valid Open311 reports for the demo data: a point inside grid {@value #GRID} of 西塘社区 (平望镇, 吴江区) and the
 * api_key of {@code wj.api}, the system account of 吴江区 — the default jurisdiction.
 */
final class Open311Fixture {

    static final String GRID = "320509104001001";
    static final String VILLAGE = "320509104001";
    static final String FORMATS = "json,xml";

    private final Grids grids;
    private final DemoTokens tokens;

    Open311Fixture(Grids grids, DemoTokens tokens) {
        this.grids = grids;
        this.tokens = tokens;
    }

    /** The api_key of a demo account. */
    String key(String username) {
        return tokens.token(username);
    }

    /** A complete report of service 040101 (占道经营) inside the grid, with a fresh idempotency key. */
    Map<String, String> report() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key("wj.api"));
        form.put("service_code", "040101");
        form.put("lat", Double.toString(inside.getY()));
        form.put("long", Double.toString(inside.getX()));
        form.put("address_string", "平望镇西塘街 18 号");
        form.put("description", "西塘街口有流动摊贩占道");
        form.put("attribute[idempotency_key]", UUID.randomUUID().toString());
        return form;
    }

    /** {@link #report()} with some parameters changed; a {@code null} value removes the parameter. */
    Map<String, String> report(String... changes) {
        Map<String, String> form = report();
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                form.remove(changes[i]);
            } else {
                form.put(changes[i], changes[i + 1]);
            }
        }
        return form;
    }
}
