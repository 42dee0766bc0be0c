-- Data-scope markers (see docs/ARCHITECTURE.md, "Data scope"): every table says how it is confined.
comment on table jurisdiction.division is '行政区划 (统计用区划代码, five levels); code is the NBS code. [unscoped: public reference data - the NBS publishes the national division codes, and every level needs the whole tree to name places]';
