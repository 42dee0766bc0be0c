package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Unscoped;
import org.shuzhi.sharing.ApplicationState;
import org.shuzhi.sharing.NewObjection;
import org.shuzhi.sharing.ShareGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo sharing in 吴江区: 民政 applies for the population register (one application waiting for 公安's decision, one
 * approved with a grant for three fields of 平望镇's rows) and files an objection on a market-entity row. Runs at
 * order 700, after the demo catalog and datasets, only when {@code shuzhi.demo.enabled=true} and only once (when no
 * application exists yet).
 */
@Component
@Order(700)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoSharingLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSharingLoader.class);
    private static final String POPULATION = "320509-ga-0001";
    private static final String ENTITIES = "320509-scjg-0001";
    private static final String APPLICANT = "wj.mz.admin";

    private final Catalog catalog;
    private final ApplicationRepository applications;
    private final GrantRepository grants;
    private final ObjectionRepository objections;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSharingLoader(Catalog catalog, ApplicationRepository applications, GrantRepository grants,
            ObjectionRepository objections, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.catalog = catalog;
        this.applications = applications;
        this.grants = grants;
        this.objections = objections;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    @Unscoped("start-up demo data for the whole platform, written once when no application exists anywhere")
    public void run(ApplicationArguments args) {
        // start-up work for no caller: the whole platform is its scope
        DataScope all = DataScope.all();
        CatalogEntry population = catalog.published(POPULATION, all).orElse(null);
        CatalogEntry entities = catalog.published(ENTITIES, all).orElse(null);
        if (population == null || entities == null
                || jdbc.sql("select exists (select 1 from sharing.application)").query(Boolean.class).single()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(population, entities, all));
        log.info("Demo sharing: 2 applications, 1 grant, 1 objection");
    }

    private void load(CatalogEntry population, CatalogEntry entities, DataScope all) {
        Instant now = clock.instant();
        var applicant = new ApplicationRepository.Applicant(APPLICANT, "320509", "320509-mz");
        var waiting = new ApplicationService.Checked("核对低保申请人的户籍与居住情况", List.of("name", "id_number", "address"),
                365, "《社会救助暂行办法》第十一条", "320509");
        long pending = applications.insert(population, applicant, waiting, now, now.plus(Duration.ofDays(7)),
                now.plus(Duration.ofDays(14)), all);
        applications.step(pending, "SUBMIT", APPLICANT, waiting.purpose(), now, all);

        var granted = new ApplicationService.Checked("平望镇困难群众走访名单核对", List.of("name", "mobile", "address"), 90,
                "《社会救助暂行办法》第十一条", "320509104");
        long approved = applications.insert(population, applicant, granted, now, now, now, all);
        applications.step(approved, "SUBMIT", APPLICANT, granted.purpose(), now, all);
        applications.decide(approved, ApplicationState.APPROVED, "wj.reviewer", "同意，限平望镇", now, all);
        applications.step(approved, "APPROVE", "wj.reviewer", "同意，限平望镇", now, all);
        grants.insert(new ShareGrant(0, approved, population.code(), population.regionCode(),
                population.providerDepartment(), "320509", "320509-mz", null, granted.purpose(), granted.fields(),
                List.of(), "320509104", now, now.plus(Duration.ofDays(90)), now, "wj.reviewer"), all);

        Caller objector = new Caller(APPLICANT, "吴江民政数据管理员", Caller.Kind.USER, "320509", "320509-mz", Set.of(),
                Set.of(), Set.of(), true);
        objections.insert(entities, objector, new NewObjection(entities.code(), "91320509MA1XXXXXX0", "domicile",
                "住所与营业执照记载不一致", "现场核查记录 2026-11-20"), now, all);
    }
}
