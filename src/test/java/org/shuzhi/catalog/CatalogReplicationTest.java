package org.shuzhi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shuzhi.catalog.CatalogReplication.Applied;
import org.shuzhi.catalog.CatalogReplication.Change;
import org.shuzhi.catalog.CatalogReplication.Changes;
import org.shuzhi.catalog.CatalogReplication.Position;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.PersonalInfo;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalog's side of catalog sync on one node: changes are read page by page in modification order without loss
 * or overlap, inside a jurisdiction or above it; a received entry is stored once per version (again: unchanged,
 * older: stale), a newer version replaces it, a withdrawal withdraws it; codes of this node's own entries are never
 * overwritten, and entries outside the sender's jurisdiction or without an origin are refused.
 */
@IntegrationTest
class CatalogReplicationTest {

    @Autowired
    CatalogReplication replication;

    @Autowired
    Catalog catalog;

    @Autowired
    Clock clock;

    @Test
    void changesArePagedInModificationOrderWithoutLossOrOverlap() {
        DataScope wujiang = DataScope.of("320509");
        Instant now = clock.instant().plusSeconds(1);
        Set<String> all = new HashSet<>();
        replication.changesInside(wujiang, Position.START, now, 1000).changes().forEach(c -> all.add(c.code()));
        assertThat(all).contains("320509-scjg-0001", "320509-ga-0001").doesNotContain("6201-cg-0001");

        List<String> paged = new ArrayList<>();
        Position after = Position.START;
        Changes page;
        do {
            page = replication.changesInside(wujiang, after, now, 2);
            assertThat(page.changes()).hasSizeLessThanOrEqualTo(2);
            page.changes().forEach(c -> paged.add(c.code()));
            after = page.next();
        } while (page.more());
        assertThat(paged).doesNotHaveDuplicates();
        assertThat(new HashSet<>(paged)).isEqualTo(all);
        // nothing modified after the bound is given out yet
        assertThat(replication.changesInside(wujiang, Position.START, Instant.EPOCH.plusSeconds(1), 10).changes())
                .isEmpty();
        // 回流 to 吴江区 carries only the levels above it, never its own entries
        assertThat(replication.changesAbove(wujiang, Position.START, now, 1000).changes())
                .allSatisfy(c -> assertThat(List.of("32", "3205")).contains(c.entry().regionCode()));
    }

    @Test
    void aReceivedEntryIsStoredOncePerVersionAndFollowsItsOrigin() {
        String code = "3205-fed-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        DataScope suzhou = DataScope.of("3205");
        assertThat(replication.apply(change(code, 2, false, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.APPLIED);
        CatalogEntry held = catalog.published(code, DataScope.of("320509")).orElseThrow();
        assertThat(held.origin()).isEqualTo("js-suzhou");
        assertThat(held.publishedVersion()).isEqualTo(2);
        assertThat(held.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 1));

        assertThat(replication.apply(change(code, 2, false, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.UNCHANGED);
        assertThat(replication.apply(change(code, 1, false, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.STALE);
        assertThat(replication.apply(change(code, 3, false, "js-other", "3205"), "js-other", suzhou).applied())
                .as("another origin never takes over an entry").isEqualTo(Applied.CONFLICT);
        assertThat(replication.apply(change(code, 3, false, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.APPLIED);
        assertThat(catalog.published(code, suzhou).orElseThrow().name()).isEqualTo("同步目录 v3");

        assertThat(replication.apply(change(code, 3, true, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.APPLIED);
        assertThat(catalog.published(code, suzhou)).isEmpty();
        assertThat(replication.apply(change(code, 3, true, "js-suzhou", "3205"), "js-suzhou", suzhou).applied())
                .isEqualTo(Applied.UNCHANGED);
    }

    @Test
    void ownEntriesForeignJurisdictionsAndAnonymousChangesAreNotTaken() {
        DataScope province = DataScope.of("32");
        var own = replication.apply(change("320509-scjg-0001", 9, false, "js-suzhou", "320509"), "js-suzhou", province);
        assertThat(own.applied()).isEqualTo(Applied.CONFLICT);
        assertThat(catalog.published("320509-scjg-0001", province).orElseThrow().origin()).isNull();

        String code = "3206-fed-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        var outside = replication.apply(change(code, 1, false, "js-nantong", "3206"), "js-suzhou", DataScope.of("3205"));
        assertThat(outside.applied()).isEqualTo(Applied.REFUSED);
        assertThat(outside.reason()).isEqualTo("catalog.draft.region-outside");
        assertThat(replication.apply(change(code, 1, false, null, "3206"), "js-nantong", DataScope.of("3206"))
                .applied()).isEqualTo(Applied.REFUSED);
        assertThat(catalog.published(code, province)).isEmpty();
    }

    private static Change change(String code, int version, boolean withdrawn, String origin, String region) {
        CatalogEntry entry = new CatalogEntry(77, code, version, version, EntryState.PUBLISHED,
                new Classification("01", "003", null, null), "同步目录 v" + version, "经目录级联同步的测试目录",
                ResourceFormat.DATABASE, UpdateCycle.MONTHLY, region, region + "-dsj", DataGrade.IMPORTANT,
                new Sharing(SharingType.CONDITIONAL, "用于核查", "API", "《数据安全法》"), OpenType.NOT_OPEN,
                new AttachedResource("API", "https://node.example/api/" + code), List.of(), LocalDate.of(2026, 3, 1),
                List.of(new InformationItem("姓名", "name", ItemDataType.TEXT, FieldType.PERSON_NAME,
                        DataGrade.IMPORTANT, PersonalInfo.GENERAL, null, true, true)), Instant.now(), 0, null);
        return new Change(code, version, withdrawn, origin, entry, new Position(Instant.now(), 77));
    }
}
