-- Users of the embedded identity store and interview kits (one row per kit version).
-- Portable SQL: the same migration runs on H2 (embedded default) and PostgreSQL (production).

create table app_user (
    username      varchar(64)  not null primary key,
    display_name  varchar(120) not null,
    email         varchar(254) not null,
    password_hash varchar(512) not null,
    active        boolean      not null default true,
    lock_version  bigint       not null default 0
);

create table app_user_role (
    username  varchar(64) not null references app_user (username) on delete cascade,
    role_name varchar(32) not null,
    primary key (username, role_name),
    constraint app_user_role_name_ck
        check (role_name in ('hr-admin', 'recruiter', 'interviewer', 'hiring-manager', 'ats'))
);

-- EclipseLink takes a sequence value as the last id of a block of 50, so the first value must be 50.
create sequence kit_seq start with 50 increment by 50;
create sequence competency_seq start with 50 increment by 50;
create sequence question_seq start with 50 increment by 50;

create table kit (
    id                              bigint        not null primary key,
    kit_key                         varchar(64)   not null,
    version_number                  integer       not null,
    status                          varchar(16)   not null,
    name                            varchar(200)  not null,
    role_family                     varchar(120)  not null,
    stage                           varchar(120)  not null,
    description                     varchar(4000) not null,
    scale_labels                    varchar(1000) not null,
    must_haves                      varchar(8000) not null,
    deal_breakers                   varchar(8000) not null,
    brief_problems                  varchar(4000),
    brief_growth                    varchar(4000),
    brief_training                  varchar(4000),
    brief_performance               varchar(4000),
    min_candidate_minutes           integer       not null,
    min_interviewers_per_competency integer       not null,
    updated_at                      timestamp with time zone not null,
    updated_by                      varchar(64)   not null,
    published_at                    timestamp with time zone,
    lock_version                    bigint        not null,
    constraint kit_key_version_uq unique (kit_key, version_number),
    constraint kit_status_ck check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint kit_version_ck check (version_number >= 1),
    constraint kit_policy_ck check (min_candidate_minutes >= 1 and min_interviewers_per_competency >= 1),
    constraint kit_published_ck check (status = 'DRAFT' or published_at is not null)
);
-- the kit list: search by name, filter by status
create index kit_status_name_ix on kit (status, name);
create index kit_name_ix on kit (name);

create table competency (
    id             bigint        not null primary key,
    kit_id         bigint        not null references kit (id) on delete cascade,
    position       integer       not null,
    competency_key varchar(64)   not null,
    name           varchar(120)  not null,
    description    varchar(2000) not null,
    required       boolean       not null,
    weight         integer       not null,
    anchors        varchar(8000) not null,
    constraint competency_weight_ck check (weight between 1 and 10)
);
create index competency_kit_ix on competency (kit_id, position);

create table question (
    id                bigint        not null primary key,
    competency_id     bigint        not null references competency (id) on delete cascade,
    position          integer       not null,
    question_type     varchar(32)   not null,
    question_text     varchar(2000) not null,
    probes            varchar(8000) not null,
    guidance          varchar(2000) not null,
    suggested_minutes integer       not null,
    constraint question_type_ck
        check (question_type in ('BEHAVIOURAL', 'SITUATIONAL', 'TECHNICAL', 'MOTIVATIONAL')),
    constraint question_minutes_ck check (suggested_minutes >= 0)
);
create index question_competency_ix on question (competency_id, position);

create table kit_agenda_block (
    kit_id   bigint       not null references kit (id) on delete cascade,
    position integer      not null,
    kind     varchar(32)  not null,
    title    varchar(120) not null,
    minutes  integer      not null,
    primary key (kit_id, position),
    constraint kit_agenda_block_kind_ck
        check (kind in ('WELCOME', 'COMPETENCY', 'PITCH', 'CANDIDATE_QUESTIONS', 'WRAP_UP')),
    constraint kit_agenda_block_minutes_ck check (minutes >= 0)
);
