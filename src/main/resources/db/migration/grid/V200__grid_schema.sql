-- Grids 网格: 片区, comprehensive and professional grids with their polygons (module org.shuzhi.grid).
create schema if not exists grid;

create table grid.grid (
    code                varchar(15) collate "C" primary key check (code ~ '^[0-9]{15}$'),
    name                varchar(200) not null check (length(trim(name)) > 0),
    type                varchar(16)  not null check (type in ('AREA', 'COMPREHENSIVE', 'PROFESSIONAL')),
    region_code         varchar(12) collate "C" not null check (region_code ~ '^([0-9]{9}|[0-9]{12})$'),
    area_code           varchar(15) collate "C" references grid.grid (code) deferrable initially deferred,
    geometry            bytea not null,
    min_lng             double precision not null,
    min_lat             double precision not null,
    max_lng             double precision not null,
    max_lat             double precision not null,
    area_m2             double precision not null check (area_m2 >= 0),
    enterprise_count    integer check (enterprise_count >= 0),
    enterprise_capacity integer check (enterprise_capacity > 0),
    updated_at          timestamptz not null default now(),
    check ((type = 'PROFESSIONAL') = (enterprise_count is not null and enterprise_capacity is not null)),
    check (enterprise_count <= enterprise_capacity),
    check (min_lng <= max_lng and min_lat <= max_lat)
);

comment on table grid.grid is 'Grids: 片区 (AREA), 综合网格 (COMPREHENSIVE), 专业网格 (PROFESSIONAL); code scheme in org.shuzhi.grid.GridType';
comment on column grid.grid.region_code is 'Village code (comprehensive grids) or township code (片区, professional grids)';
comment on column grid.grid.area_code is 'The 片区 this grid belongs to, if any';
comment on column grid.grid.geometry is 'Polygon or MultiPolygon as WKB, WGS 84, x = longitude, y = latitude';
comment on column grid.grid.area_m2 is 'Area on the ground in square metres, computed from the geometry';

-- prefix filters (region_code like ''3205%'', later data-scope ranges) are b-tree range scans thanks to collate "C"
create index grid_region_code on grid.grid (region_code);
create index grid_area_code on grid.grid (area_code);
-- bounding-box search with PostgreSQL's built-in geometric types (no PostGIS)
create index grid_bbox on grid.grid using gist (box(point(min_lng, min_lat), point(max_lng, max_lat)));
