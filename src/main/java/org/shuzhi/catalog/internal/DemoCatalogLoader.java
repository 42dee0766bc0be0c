package org.shuzhi.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shuzhi.catalog.AttachedResource;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.Classification;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.catalog.OpenType;
import org.shuzhi.catalog.ResourceFormat;
import org.shuzhi.catalog.Sharing;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.catalog.UpdateCycle;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.FieldType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo catalog for 吴江区 — population, market entities, subsistence allowances, polluters, illegal buildings,
 * hazardous chemicals — at different steps of the workflow, and one entry of 兰州 for cross-jurisdiction checks.
 * Runs at order 500 after the demo accounts and events, only when {@code shuzhi.demo.enabled=true} and not
 * {@code shuzhi.demo.catalog=false} (a province node fed by a city node's catalog sync has no demo catalog of its
 * own); entries whose code exists already are left alone.
 */
@Component
@Order(500)
@ConditionalOnExpression("${shuzhi.demo.enabled:false} and ${shuzhi.demo.catalog:true}")
class DemoCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);
    private static final String ACTOR = "system:demo";

    private record Demo(EntryDraft draft, EntryState target, AttachedResource resource) {
    }

    private final DraftValidator validator;
    private final EntryRepository entries;
    private final EntryHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCatalogLoader(DraftValidator validator, EntryRepository entries, EntryHistory history,
            TransactionTemplate transaction, Clock clock) {
        this.validator = validator;
        this.entries = entries;
        this.history = history;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // start-up work for no caller: the whole platform is its scope
        DataScope all = DataScope.all();
        int created = 0;
        for (Demo demo : demos()) {
            Boolean made = transaction.execute(status -> load(demo, all));
            created += Boolean.TRUE.equals(made) ? 1 : 0;
        }
        if (created > 0) {
            log.info("Demo catalog: {} entries created", created);
        }
    }

    private boolean load(Demo demo, DataScope all) {
        DraftValidator.Checked checked;
        try {
            checked = validator.check(demo.draft(), all);
        } catch (RuntimeException e) {
            // the provider department is not there (a data directory without that region): nothing to show
            return false;
        }
        Instant now = clock.instant();
        Long id = entries.insert(checked, ACTOR, now, all).orElse(null);
        if (id == null) {
            return false;
        }
        entries.replaceItems(id, checked.draft().items(), all);
        history.step(id, 1, now, null, null, EntryState.DRAFT, ACTOR, null, all);
        List<CatalogAction> path = switch (demo.target()) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(CatalogAction.ATTACH, CatalogAction.SUBMIT);
            default -> List.of(CatalogAction.ATTACH, CatalogAction.SUBMIT, CatalogAction.APPROVE, CatalogAction.PUBLISH);
        };
        EntryState state = EntryState.DRAFT;
        for (CatalogAction action : path) {
            EntryState to = Workflow.rule(action).to();
            entries.moveTo(id, to, 1, action == CatalogAction.PUBLISH ? 1 : null, demo.resource(), now, all);
            history.step(id, 1, now, action, state, to, ACTOR, null, all);
            state = to;
        }
        if (state == EntryState.PUBLISHED) {
            CatalogEntry published = entries.find(id, all, false).orElseThrow();
            history.publish(published, ACTOR, now, all);
        }
        return true;
    }

    private static List<Demo> demos() {
        Sharing conditional = new Sharing(SharingType.CONDITIONAL, "限于履行法定职责所必需，申请时写明用途",
                "API", "《江苏省公共数据管理办法》第十九条");
        Sharing unconditional = new Sharing(SharingType.UNCONDITIONAL, null, "BOTH", null);
        return List.of(
                new Demo(draft("320509-ga-0001", "01", "001", "实有人口基本信息", "吴江区实有人口的身份、联系方式与居住地址",
                        "320509-ga", conditional, OpenType.NOT_OPEN, UpdateCycle.DAILY,
                        item("姓名", "name", FieldType.PERSON_NAME, true), item("公民身份号码", "id_number",
                                FieldType.RESIDENT_ID, true, true),
                        item("手机号码", "mobile", FieldType.MOBILE, false), item("居住地址", "address",
                                FieldType.ADDRESS, false)), EntryState.PUBLISHED, dataset("wj_population")),
                new Demo(draft("320509-scjg-0001", "01", "002", "市场主体登记信息", "吴江区企业、个体工商户的登记事项",
                        "320509-scjg", unconditional, OpenType.OPEN, UpdateCycle.DAILY,
                        item("统一社会信用代码", "uscc", FieldType.SOCIAL_CREDIT_CODE, true, true),
                        item("名称", "entity_name", FieldType.PLAIN, true),
                        item("法定代表人", "legal_rep", FieldType.PERSON_NAME, false),
                        item("住所", "domicile", FieldType.PLAIN, false)), EntryState.PUBLISHED, dataset("wj_entities")),
                new Demo(draft("320509-mz-0001", "03", "004", "最低生活保障对象名单", "低保对象及其家庭成员、保障金额",
                        "320509-mz", new Sharing(SharingType.NOT_SHARED, null, null, "《社会救助暂行办法》及个人信息保护要求"),
                        OpenType.NOT_OPEN, UpdateCycle.MONTHLY, item("姓名", "name", FieldType.PERSON_NAME, true),
                        item("公民身份号码", "id_number", FieldType.RESIDENT_ID, true, true),
                        item("银行卡号", "bank_card", FieldType.BANK_CARD, false)), EntryState.PUBLISHED,
                        dataset("wj_dibao")),
                new Demo(draft("320509-sthj-0001", "02", "010", "重点排污单位名录", "吴江区重点排污单位及其主要污染物",
                        "320509-sthj", unconditional, OpenType.OPEN, UpdateCycle.YEARLY,
                        item("统一社会信用代码", "uscc", FieldType.SOCIAL_CREDIT_CODE, true, true),
                        item("单位名称", "entity_name", FieldType.PLAIN, true),
                        item("主要污染物", "pollutants", FieldType.PLAIN, false)), EntryState.PUBLISHED,
                        dataset("wj_polluters")),
                new Demo(draft("320509-cg-0001", "03", "012", "违法建设巡查台账", "网格巡查与执法发现的违法建设及处置情况",
                        "320509-cg", conditional, OpenType.NOT_OPEN, UpdateCycle.DAILY,
                        item("地点", "place", FieldType.ADDRESS, true), item("当事人", "party", FieldType.PERSON_NAME, false),
                        item("处置结果", "outcome", FieldType.PLAIN, false)), EntryState.SUBMITTED,
                        new AttachedResource("API", "/api/events?category=0203")),
                new Demo(draft("320509-yjgl-0001", "02", "015", "危险化学品企业清单", "涉及危险化学品生产、储存、使用的企业",
                        "320509-yjgl", conditional, OpenType.NOT_OPEN, UpdateCycle.QUARTERLY,
                        item("统一社会信用代码", "uscc", FieldType.SOCIAL_CREDIT_CODE, true, true),
                        item("企业名称", "entity_name", FieldType.PLAIN, true)), EntryState.DRAFT, null),
                new Demo(draft("6201-cg-0001", "03", "012", "城市管理案件", "兰州市城市管理案件及处置情况", "6201-cg",
                        unconditional, OpenType.OPEN, UpdateCycle.DAILY, item("地点", "place", FieldType.ADDRESS, true),
                        item("案件类别", "kind", FieldType.PLAIN, true)), EntryState.PUBLISHED, dataset("lz_cases")));
    }

    private static EntryDraft draft(String code, String classCode, String item, String name, String summary,
            String provider, Sharing sharing, OpenType open, UpdateCycle cycle, InformationItem... items) {
        return new EntryDraft(code, new Classification(classCode, item, null, null), name, summary,
                ResourceFormat.DATABASE, cycle, null, provider, sharing, open, List.of(), List.of(items));
    }

    private static InformationItem item(String name, String column, FieldType type, boolean required) {
        return item(name, column, type, required, false);
    }

    private static InformationItem item(String name, String column, FieldType type, boolean required, boolean key) {
        return new InformationItem(name, column, ItemDataType.TEXT, type, null, null, null, required, key);
    }

    private static AttachedResource dataset(String name) {
        return new AttachedResource("DATASET", name);
    }
}
