package org.shuzhi.open311;

import org.junit.jupiter.api.BeforeEach;
import org.shuzhi.grid.Grids;
import org.shuzhi.support.DemoTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every part of the GeoReport v2 conformance suite starts from: an anonymous {@link Open311Client} of the
 * running platform and the {@link Open311Fixture} of valid reports. Subclasses are {@code @IntegrationTest}s.
 */
abstract class GeoReportConformance {

    @LocalServerPort
    int port;
    @Autowired
    Grids grids;
    @Autowired
    DemoTokens tokens;

    Open311Client client;
    Open311Fixture fixture;

    @BeforeEach
    void client() {
        client = new Open311Client(port);
        fixture = new Open311Fixture(grids, tokens);
    }
}
