package org.shuzhi.event.internal;

import java.time.Clock;
import java.util.Base64;

import org.shuzhi.event.EventSource;
import org.shuzhi.platform.DataScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo picture on the first demo event, so that the detail page and the attachment endpoints have one to show on
 * a fresh start. Runs after the demo events (400); adds nothing when the event has a picture already.
 */
@Component
@Order(410)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoAttachmentLoader implements ApplicationRunner {

    /** An 8 × 6 PNG in the brand's red. */
    private static final byte[] PICTURE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGPYrCaHFTEMpAQArrkuUf21PqwAAAAASUVORK5CYII=");

    private final EventRepository events;
    private final AttachmentStore attachments;
    private final Clock clock;

    DemoAttachmentLoader(EventRepository events, AttachmentStore attachments, Clock clock) {
        this.events = events;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // system work at start-up, for nobody in particular: the whole platform is in reach
        events.findByKey(EventSource.GRID_PATROL, "demo-0", DataScope.all())
                .filter(event -> attachments.list(event.id(), DataScope.all()).isEmpty())
                .ifPresent(event -> attachments.add(event.id(), PictureType.PNG.mediaType(), PICTURE, "xt.inspector",
                        clock.instant(), DataScope.all()));
    }
}
