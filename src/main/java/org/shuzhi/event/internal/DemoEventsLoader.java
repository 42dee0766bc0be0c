package org.shuzhi.event.internal;

import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Point;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.NewEvent;
import org.shuzhi.event.Urgency;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few demo events in 平望镇 in every stage of the lifecycle, so every page and endpoint has something to show
 * on a fresh start. Each goes through the ordinary intake with a fixed idempotency key, so a restart adds nothing.
 * Runs after the demo grids (200) and accounts (300).
 */
@Component
@Order(400)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoEventsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEventsLoader.class);
    private static final String TOWNSHIP = "320509104";
    /** Category, title, the stage to bring the event to. */
    private static final List<String[]> SAMPLES = List.of(
            new String[] {"040101", "占道经营", "REPORTED"}, new String[] {"040201", "垃圾乱堆放", "ACCEPTED"},
            new String[] {"020102", "电动车楼道充电", "DISPATCHED"}, new String[] {"030201", "路灯不亮", "RECEIVED"},
            new String[] {"050101", "河道漂浮物", "HANDLING"}, new String[] {"020302", "井盖缺失", "HANDLED"},
            new String[] {"040103", "小广告乱张贴", "VERIFIED"}, new String[] {"010101", "邻里噪声纠纷", "CLOSED"},
            new String[] {"050201", "秸秆露天焚烧", "CLOSED"}, new String[] {"030301", "违章停车堵塞通道", "REJECTED"});

    private final EventIntake intake;
    private final TransitionService transitions;
    private final Grids grids;

    DemoEventsLoader(EventIntake intake, TransitionService transitions, Grids grids) {
        this.intake = intake;
        this.transitions = transitions;
        this.grids = grids;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Grid> comprehensive = grids.list(TOWNSHIP, DataScope.all()).stream()
                .filter(g -> g.type() == GridType.COMPREHENSIVE).toList();
        if (comprehensive.isEmpty()) {
            log.warn("Demo events skipped: no grids in {}", TOWNSHIP);
            return;
        }
        Random random = new Random(20_261_122);
        int created = 0;
        for (int i = 0; i < SAMPLES.size(); i++) {
            String[] sample = SAMPLES.get(i);
            Grid grid = comprehensive.get(random.nextInt(comprehensive.size()));
            Point at = grid.polygon().getInteriorPoint();
            NewEvent report = new NewEvent(EventSource.GRID_PATROL, "demo-" + i, sample[0], sample[1],
                    sample[1] + "（演示数据）", Urgency.NORMAL, at.getY(), at.getX(), null, null,
                    new NewEvent.Reporter("演示居民", "1391234" + "%04d".formatted(5670 + i), "xt.inspector"));
            EventIntake.Receipt receipt = intake.report(report, DataScope.all());
            if (receipt.created()) {
                created++;
                bringTo(receipt.event(), EventState.valueOf(sample[2]));
            }
        }
        log.info("Demo events of 平望镇: {} created", created);
    }

    private void bringTo(EventView event, EventState target) {
        List<EventAction> path = switch (target) {
            case REJECTED -> List.of(EventAction.REJECT);
            default -> List.of(EventAction.ACCEPT, EventAction.DISPATCH, EventAction.RECEIVE, EventAction.START,
                    EventAction.HANDLE, EventAction.VERIFY, EventAction.CLOSE);
        };
        EventState state = event.state();
        for (EventAction action : path) {
            if (state == target) {
                return;
            }
            TransitionRequest request = action == EventAction.DISPATCH
                    ? new TransitionRequest(action, "演示：派至镇综合执法局", null, HandlingLevel.TOWNSHIP,
                            "320509104-cg", null, false, null)
                    : TransitionRequest.of(action, "演示数据");
            state = transitions.apply(event.id(), request, Actor.system()).state();
        }
    }
}
