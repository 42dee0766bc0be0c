package org.shuzhi.open311.internal;

import java.time.ZoneId;
import java.util.Set;

import org.shuzhi.event.EventSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shuzhi.open311.*}: the Open311 channel's defaults.
 *
 * @param defaultJurisdiction the division code served when a call names no {@code jurisdiction_id}
 * @param contact             the discovery document's contact text
 * @param keyService          the discovery document's text on how to obtain an api_key
 * @param timeZone            the offset date-times are written in
 * @param publicSources       the event sources whose events the public reads show (12345 hotline tickets are
 *                            citizens' calls to the government, not public reports, so they are left out by default)
 */
@ConfigurationProperties("shuzhi.open311")
record Open311Properties(@DefaultValue("320509") String defaultJurisdiction,
        @DefaultValue("Contact the platform administrator of your jurisdiction.") String contact,
        @DefaultValue("An api_key is an API token of a system account, or of an account allowed to report events, "
                + "issued by the platform administrator of the jurisdiction.") String keyService,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue({"OPEN311", "GRID_PATROL", "PUBLIC_CITIZEN", "PUBLIC_ENTERPRISE", "PUBLIC_GOVERNMENT",
                "SENSOR"}) Set<EventSource> publicSources) {

    Open311Properties {
        publicSources = Set.copyOf(publicSources);
    }
}
