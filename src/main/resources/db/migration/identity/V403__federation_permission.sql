-- Platform administrators see and run the exchange with neighbouring Shuzhi nodes (级联).
insert into identity.role_permission (role_code, permission) values ('platform_admin', 'FEDERATION_MANAGE')
on conflict do nothing;
