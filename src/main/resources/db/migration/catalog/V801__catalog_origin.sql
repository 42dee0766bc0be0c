-- Catalog sync between levels 目录级联: entries received from another Shuzhi node (上报 from a lower level, 回流 from
-- a higher one) are kept with the node they were catalogued on; they are read-only here.
alter table catalog.entry add column origin_node text collate "C"
    check (origin_node ~ '^[a-z0-9][a-z0-9-]{1,39}$');
comment on column catalog.entry.origin_node is 'The node an entry received by catalog sync was catalogued on; null for this node''s own entries';
