-- SCIM 2.0 provisioning (issue 18): the company's directory (Entra ID, Okta) creates, changes and retires people
-- and keeps groups whose members get Parley's roles through parley.roles.*. It calls with a token of its own kind.

alter table api_token drop constraint api_token_kind_ck;
alter table api_token drop constraint api_token_owner_ck;
alter table api_token add constraint api_token_kind_ck check (kind in ('ATS', 'PERSONAL', 'SCIM'));
alter table api_token add constraint api_token_owner_ck
    check ((kind in ('ATS', 'SCIM') and username is null) or (kind = 'PERSONAL' and username is not null));
-- the token pages list the active tokens of one kind
create index api_token_kind_ix on api_token (kind, revoked_at);

-- SCIM filter "externalId eq ..." (Entra's matching attribute); scim_id is indexed by its unique constraint
create index app_user_external_id_ix on app_user (external_id);

create table scim_group (
    id           varchar(36)  not null primary key,
    display_name varchar(255) not null,
    external_id  varchar(255),
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    lock_version bigint       not null,
    -- SCIM filter "displayName eq ..." and the uniqueness the directory expects
    constraint scim_group_name_uq unique (display_name)
);

create table scim_group_member (
    group_id varchar(36) not null references scim_group (id) on delete cascade,
    username varchar(64) not null references app_user (username) on delete cascade,
    primary key (group_id, username)
);
-- the groups of one person (their directory groups and roles are recomputed from these)
create index scim_group_member_user_ix on scim_group_member (username, group_id);
