-- Data-scope markers (see docs/ARCHITECTURE.md, "Data scope"): every table says how it is confined.
comment on table identity.department is 'Departments 部门, each at a jurisdiction node. [scope: region_code]';
comment on table identity.users is 'Accounts of people and API clients. [scope: region_code, department_code]';
comment on table identity.role is 'Roles: named sets of permissions. [unscoped: role definitions are platform-wide; who may grant them is limited by the granting rule]';
comment on table identity.role_permission is 'The permissions of each role. [unscoped: part of the platform-wide role definitions]';
comment on table identity.user_role is 'The roles each account holds. [scope via identity.users]';
comment on table identity.user_grid is 'The grids each inspector patrols. [scope via identity.users]';
comment on table identity.api_token is 'Bearer tokens, stored as SHA-256 only. [scope via identity.users]';
