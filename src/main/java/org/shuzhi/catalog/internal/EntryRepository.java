package org.shuzhi.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.shuzhi.catalog.AttachedResource;
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
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.PersonalInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working copies of catalog entries and their items. Every method takes the caller's scope, applied in SQL on
 * the provider's region and department: this is the provider's side; consumers read published versions through
 * {@link EntryHistory}.
 */
@Repository
class EntryRepository {

    private static final String SELECT = """
            select e.id, e.code, e.version, e.published_version, e.state, e.class_code, e.item_code,
                   e.category_code, e.detail_code, e.name, e.abstract, e.format, e.update_cycle, e.region_code,
                   e.provider_department, e.grade, e.sharing_type, e.sharing_condition, e.sharing_method,
                   e.legal_basis, e.open_type, e.resource_kind, e.resource_ref, e.related_codes, e.published_on,
                   e.modified_at, e.row_version, e.origin_node
            from catalog.entry e
            """;

    private final JdbcClient jdbc;

    EntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new working copy in {@code DRAFT}; empty when the code is taken or the provider is outside scope. */
    Optional<Long> insert(DraftValidator.Checked checked, String actor, Instant now, DataScope scope) {
        EntryDraft d = checked.draft();
        ScopedSql where = ScopedSql.where(scope, "v.region_code", "v.provider_department");
        return jdbc.sql("""
                insert into catalog.entry (code, state, class_code, item_code, category_code, detail_code, name,
                    abstract, format, update_cycle, region_code, provider_department, grade, sharing_type,
                    sharing_condition, sharing_method, legal_basis, open_type, related_codes, search_words,
                    created_by, created_at, modified_at)
                select :code, 'DRAFT', :class, :item, :category, :detail, :name, :abstract, :format, :cycle,
                    v.region_code, v.provider_department, :grade, :sharing, :condition, :method, :basis, :open,
                    :related, to_tsvector('simple', :words), :actor, :now, :now
                from (select cast(:region as text) as region_code, cast(:provider as text) as provider_department) v
                where %s
                on conflict (code) do nothing
                returning id""".formatted(where.sql())).params(where.parameters())
                .params(draftParameters(checked)).param("actor", actor).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Replaces the working copy's description; false when the row moved on ({@code rowVersion}) or is outside. */
    boolean update(long id, DraftValidator.Checked checked, int rowVersion, Instant now, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return jdbc.sql("""
                update catalog.entry set class_code = :class, item_code = :item, category_code = :category,
                    detail_code = :detail, name = :name, abstract = :abstract, format = :format,
                    update_cycle = :cycle, grade = :grade, sharing_type = :sharing, sharing_condition = :condition,
                    sharing_method = :method, legal_basis = :basis, open_type = :open, related_codes = :related,
                    search_words = to_tsvector('simple', :words), modified_at = :now, row_version = row_version + 1
                where id = :id and row_version = :rowVersion and region_code = :region
                  and provider_department = :provider and %s""".formatted(where.sql())).params(where.parameters())
                .params(draftParameters(checked)).param("id", id).param("rowVersion", rowVersion)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    private static java.util.Map<String, Object> draftParameters(DraftValidator.Checked checked) {
        EntryDraft d = checked.draft();
        Classification c = d.classification();
        Sharing s = d.sharing();
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", d.code());
        p.put("class", c.classCode());
        p.put("item", c.itemCode());
        p.put("category", c.categoryCode());
        p.put("detail", c.detailCode());
        p.put("name", d.name());
        p.put("abstract", d.summary());
        p.put("format", d.format().name());
        p.put("cycle", d.updateCycle().name());
        p.put("region", d.regionCode());
        p.put("provider", d.providerDepartment());
        p.put("grade", checked.grade().name());
        p.put("sharing", s.type().name());
        p.put("condition", s.condition());
        p.put("method", s.method());
        p.put("basis", s.legalBasis());
        p.put("open", d.openType().name());
        p.put("related", d.related().toArray(String[]::new));
        p.put("words", ChineseWords.document(d.name(), d.summary(),
                String.join(" ", d.items().stream().map(InformationItem::name).toList())));
        return p;
    }

    /** The working copy, when inside {@code scope}; {@code forUpdate} locks it for a transition. */
    Optional<CatalogEntry> find(long id, DataScope scope, boolean forUpdate) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        return jdbc.sql(SELECT + " where e.id = :id and " + where.sql() + (forUpdate ? " for update" : ""))
                .params(where.parameters()).param("id", id).query((rs, n) -> entry(rs, List.of())).optional()
                .map(e -> withItems(e, items(e.id(), scope)));
    }

    /** The working copy with {@code code}, when inside {@code scope}; {@code forUpdate} locks it. */
    Optional<CatalogEntry> findByCode(String code, DataScope scope, boolean forUpdate) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        return jdbc.sql(SELECT + " where e.code = :code and " + where.sql() + (forUpdate ? " for update" : ""))
                .params(where.parameters()).param("code", code).query((rs, n) -> entry(rs, List.of())).optional()
                .map(e -> withItems(e, items(e.id(), scope)));
    }

    /** Marks an entry received by catalog sync: its origin node, and the date its origin published it. */
    void markReceived(long id, String origin, LocalDate publishedOn, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        jdbc.sql("update catalog.entry set origin_node = :origin, published_on = coalesce(:on, published_on) where id = :id and "
                + where.sql()).params(where.parameters()).param("origin", origin).param("on", publishedOn)
                .param("id", id).update();
    }

    /** Moves the working copy to {@code state}, keeping what the workflow step changes alongside. */
    void moveTo(long id, EntryState state, int version, Integer publishedVersion, AttachedResource resource,
            Instant now, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        jdbc.sql("""
                update catalog.entry set state = :state, version = :version, published_version = :published,
                    resource_kind = :kind, resource_ref = :ref, modified_at = :now, row_version = row_version + 1,
                    published_on = case when :state = 'PUBLISHED' then cast(:now as date) else published_on end
                where id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("state", state.name()).param("version", version).param("published", publishedVersion)
                .param("kind", resource == null ? null : resource.kind())
                .param("ref", resource == null ? null : resource.reference())
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Replaces the items of an entry inside {@code scope}. */
    void replaceItems(long id, List<InformationItem> items, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        jdbc.sql("delete from catalog.item i using catalog.entry e where i.entry_id = e.id and e.id = :id and "
                + where.sql()).params(where.parameters()).param("id", id).update();
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            jdbc.sql("""
                    insert into catalog.item (entry_id, position, name, column_name, data_type, field_type, grade,
                        personal_info, masking_rule, required, is_key)
                    select e.id, :position, :name, :column, :type, :field, :grade, :personal, :rule, :required, :key
                    from catalog.entry e where e.id = :id and %s""".formatted(where.sql()))
                    .params(where.parameters()).param("id", id).param("position", i + 1).param("name", item.name())
                    .param("column", item.column()).param("type", item.dataType().name())
                    .param("field", item.fieldType().name()).param("grade", item.grade().name())
                    .param("personal", item.personalInfo().name()).param("rule", item.maskingRule())
                    .param("required", item.required()).param("key", item.key()).update();
        }
    }

    private List<InformationItem> items(long id, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        return jdbc.sql("""
                select i.* from catalog.item i join catalog.entry e on e.id = i.entry_id
                where e.id = :id and %s order by i.position""".formatted(where.sql())).params(where.parameters())
                .param("id", id).query((rs, n) -> new InformationItem(rs.getString("name"),
                        rs.getString("column_name"), ItemDataType.valueOf(rs.getString("data_type")),
                        FieldType.valueOf(rs.getString("field_type")), DataGrade.valueOf(rs.getString("grade")),
                        PersonalInfo.valueOf(rs.getString("personal_info")), rs.getString("masking_rule"),
                        rs.getBoolean("required"), rs.getBoolean("is_key"))).list();
    }

    private static CatalogEntry withItems(CatalogEntry e, List<InformationItem> items) {
        return new CatalogEntry(e.id(), e.code(), e.version(), e.publishedVersion(), e.state(), e.classification(),
                e.name(), e.summary(), e.format(), e.updateCycle(), e.regionCode(), e.providerDepartment(), e.grade(),
                e.sharing(), e.openType(), e.resource(), e.related(), e.publishedOn(), items, e.modifiedAt(),
                e.rowVersion(), e.origin());
    }

    static CatalogEntry entry(ResultSet rs, List<InformationItem> items) throws SQLException {
        String kind = rs.getString("resource_kind");
        Array related = rs.getArray("related_codes");
        java.sql.Date publishedOn = rs.getDate("published_on");
        return new CatalogEntry(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                (Integer) rs.getObject("published_version"), EntryState.valueOf(rs.getString("state")),
                new Classification(rs.getString("class_code"), rs.getString("item_code"),
                        rs.getString("category_code"), rs.getString("detail_code")),
                rs.getString("name"), rs.getString("abstract"), ResourceFormat.valueOf(rs.getString("format")),
                UpdateCycle.valueOf(rs.getString("update_cycle")), rs.getString("region_code"),
                rs.getString("provider_department"), DataGrade.valueOf(rs.getString("grade")),
                new Sharing(SharingType.valueOf(rs.getString("sharing_type")), rs.getString("sharing_condition"),
                        rs.getString("sharing_method"), rs.getString("legal_basis")),
                OpenType.valueOf(rs.getString("open_type")),
                kind == null ? null : new AttachedResource(kind, rs.getString("resource_ref")),
                related == null ? List.of() : Arrays.asList((String[]) related.getArray()),
                publishedOn == null ? null : publishedOn.toLocalDate(), items,
                rs.getTimestamp("modified_at").toInstant(), rs.getInt("row_version"), rs.getString("origin_node"));
    }
}
