package org.shuzhi.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the platform can be opened, once the web server listens. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void announce(WebServerInitializedEvent event) {
        // the management server, when on its own port, has a namespace of its own
        if (event.getApplicationContext().getServerNamespace() == null) {
            int port = event.getWebServer().getPort();
            log.info("数治 Shuzhi is running: http://localhost:{}/  (API docs: http://localhost:{}/swagger-ui.html)",
                    port, port);
        }
    }
}
