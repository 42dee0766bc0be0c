package org.shuzhi.event.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo dispatch rules for 吴江区 and 平望镇, along 小事不出格、大事不出村、难事不出镇: greenery matters stay in the grid
 * and are dispatched at once, urgent safety hazards go to the township's work-safety office at once, ecology to the
 * county's ecology bureau, social stability to the village, and street-order matters at night to the township's
 * enforcement team. Stored by name, so a restart adds nothing. Runs after the demo grids (200) and accounts (300)
 * — the rules name their departments — and before the demo events (400).
 */
@Component
@Order(350)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoDispatchRulesLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDispatchRulesLoader.class);
    static final String COUNTY = "320509";
    static final String TOWNSHIP = "320509104";

    private static final List<RuleDraft> RULES = List.of(
            rule(TOWNSHIP, "园林绿化小事网格自办", "0403", Set.of(Urgency.NORMAL), null, null,
                    HandlingLevel.GRID, null, true),
            rule(TOWNSHIP, "紧急安全隐患派镇安监", "02", Set.of(Urgency.URGENT, Urgency.CRITICAL), null, null,
                    HandlingLevel.TOWNSHIP, "320509104-yjgl", true),
            rule(COUNTY, "生态环境问题派区生态环境局", "05", null, null, null,
                    HandlingLevel.COUNTY, "320509-sthj", false),
            rule(TOWNSHIP, "社会稳定问题村（社区）调处", "01", null, null, null,
                    HandlingLevel.VILLAGE, null, false),
            rule(TOWNSHIP, "夜间市容问题派镇综合执法", "04", null, 20, 7,
                    HandlingLevel.TOWNSHIP, "320509104-cg", false));

    private final DispatchRuleRepository rules;
    private final Clock clock;

    DemoDispatchRulesLoader(DispatchRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long created = RULES.stream()
                .filter(r -> rules.insert(r, "demo", clock.instant(), DataScope.all()).isPresent())
                .count();
        log.info("Demo dispatch rules of 吴江区: {} created", created);
    }

    private static RuleDraft rule(String region, String name, String category, Set<Urgency> urgencies,
            Integer hourFrom, Integer hourTo, HandlingLevel level, String department, boolean auto) {
        return new RuleDraft(region, name, 0, category, null, urgencies, null, hourFrom, hourTo, level, department,
                auto, null);
    }
}
