-- Data-scope markers (see docs/ARCHITECTURE.md, "Data scope"): every table says how it is confined.
comment on table grid.grid is 'Grids: 片区 (AREA), 综合网格 (COMPREHENSIVE), 专业网格 (PROFESSIONAL); code scheme in org.shuzhi.grid.GridType. [scope: region_code]';
