-- Identity administration: the personal fields of the real-name rule (实名制) on accounts, and custom roles that
-- belong to a region, so that a custom role is seen, granted, changed and deleted only inside that region's scope
-- and held only by accounts inside it.

-- Stored normalised: 11 digits for a mobile number, 18 characters with an upper-case X for a resident ID number.
-- The check digit and birth date are validated in Java (org.shuzhi.privacy.ResidentIdNumber) before writing.
alter table identity.users
    add column mobile    text check (mobile ~ '^1[3-9][0-9]{9}$'),
    add column id_number text check (id_number ~ '^[1-9][0-9]{16}[0-9X]$');

-- Built-in roles have no region: they are the platform's, readable by everyone. Custom roles made before this
-- migration keep a null region too; no caller's scope reaches them, so they are only held, no longer granted or
-- changed ("not valid" leaves those rows as they are and binds every new or changed row).
alter table identity.role add column region_code text collate "C";
alter table identity.role
    add constraint role_custom_has_region check (built_in or region_code is not null) not valid,
    add constraint role_built_in_has_no_region check (not built_in or region_code is null);
create index role_region_idx on identity.role (region_code);

comment on table identity.role is 'Roles: named sets of permissions. Built-in roles (region_code null) are the platform''s and readable by all; custom roles belong to a region. [scope: region_code]';
comment on table identity.role_permission is 'The permissions of each role. [scope via identity.role]';
