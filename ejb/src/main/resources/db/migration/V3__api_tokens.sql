-- API bearer tokens: only a SHA-256 hash of each token is stored; the token itself is shown once.

create sequence api_token_seq start with 50 increment by 50;

create table api_token (
    id           bigint       not null primary key,
    token_hash   varchar(64)  not null,
    name         varchar(120) not null,
    kind         varchar(16)  not null,
    username     varchar(64)  references app_user (username),
    created_by   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    lock_version bigint       not null,
    constraint api_token_hash_uq unique (token_hash),
    constraint api_token_kind_ck check (kind in ('ATS', 'PERSONAL')),
    constraint api_token_owner_ck check ((kind = 'ATS' and username is null) or (kind = 'PERSONAL' and username is not null))
);
-- a user's tokens on the profile page
create index api_token_user_ix on api_token (username);
