-- Company sign-in (issue 18): people come from Parley's own table (local), an LDAP directory, an OpenID Connect
-- provider or SCIM provisioning. A directory user has no password here; the groups they came with are kept to show
-- HR why they have their roles. Retiring a user sets active = false and retired_at.

alter table app_user alter column password_hash drop not null;
-- a directory may know no e-mail address for someone (mail to them is then skipped)
alter table app_user alter column email drop not null;
alter table app_user add column source varchar(8) default 'LOCAL' not null;
alter table app_user add column external_id varchar(255);
alter table app_user add column scim_id varchar(36);
alter table app_user add column last_sign_in_at timestamp with time zone;
alter table app_user add column retired_at timestamp with time zone;
alter table app_user add column created_at timestamp with time zone;

update app_user set retired_at = current_timestamp where not active;

alter table app_user add constraint app_user_source_ck check (source in ('LOCAL', 'LDAP', 'OIDC', 'SCIM'));
-- only a local user signs in with a password kept here
alter table app_user add constraint app_user_password_ck check (source = 'LOCAL' or password_hash is null);
alter table app_user add constraint app_user_retired_ck check (active or retired_at is not null);
alter table app_user add constraint app_user_scim_id_uq unique (scim_id);

create table app_user_group (
    username   varchar(64)  not null references app_user (username) on delete cascade,
    group_name varchar(255) not null,
    primary key (username, group_name)
);

-- the people page: filter by source and status, ordered by name
create index app_user_people_ix on app_user (active, source, display_name);
create index app_user_role_name_ix on app_user_role (role_name, username);
