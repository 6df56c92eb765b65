-- Interviews with their panels, and one agenda per interview with its blocks, approvals and history.

create sequence interview_seq start with 50 increment by 50;

create table interview (
    id                    bigint        not null primary key,
    candidate_external_id varchar(120)  not null,
    candidate_name        varchar(200)  not null,
    candidate_email       varchar(254)  not null,
    job_external_id       varchar(120)  not null,
    job_title             varchar(200)  not null,
    kit_id                bigint        not null references kit (id),
    starts_at             timestamp with time zone not null,
    time_zone             varchar(64)   not null,
    duration_minutes      integer       not null,
    location              varchar(500)  not null,
    status                varchar(16)   not null,
    created_by            varchar(64)   not null,
    created_at            timestamp with time zone not null,
    cancelled_at          timestamp with time zone,
    lock_version          bigint        not null,
    constraint interview_status_ck
        check (status in ('PLANNING', 'AGENDA_AGREED', 'FEEDBACK', 'DEBRIEF', 'DECIDED', 'CANCELLED')),
    constraint interview_duration_ck check (duration_minutes between 10 and 480)
);
-- everyone's list: newest first; the kit an interview pinned
create index interview_starts_ix on interview (starts_at desc, id desc);
create index interview_kit_ix on interview (kit_id);

create table interview_panel (
    interview_id bigint      not null references interview (id) on delete cascade,
    position     integer     not null,
    username     varchar(64) not null references app_user (username),
    lead         boolean     not null,
    primary key (interview_id, position),
    constraint interview_panel_member_uq unique (interview_id, username)
);
-- "my interviews": the interviews a user sits on
create index interview_panel_user_ix on interview_panel (username, interview_id);

create table agenda (
    interview_id bigint      not null primary key references interview (id) on delete cascade,
    status       varchar(16) not null,
    lock_version bigint      not null,
    constraint agenda_status_ck check (status in ('DRAFT', 'PROPOSED', 'AGREED'))
);

create table agenda_item (
    interview_id    bigint        not null references agenda (interview_id) on delete cascade,
    position        integer       not null,
    kind            varchar(32)   not null,
    title           varchar(120)  not null,
    minutes         integer       not null,
    owner_username  varchar(64),
    competency_keys varchar(4000) not null,
    question_ids    varchar(4000) not null,
    primary key (interview_id, position),
    constraint agenda_item_kind_ck
        check (kind in ('WELCOME', 'COMPETENCY', 'PITCH', 'CANDIDATE_QUESTIONS', 'WRAP_UP')),
    constraint agenda_item_minutes_ck check (minutes between 0 and 480)
);

create table agenda_approval (
    interview_id bigint        not null references agenda (interview_id) on delete cascade,
    position     integer       not null,
    username     varchar(64)   not null,
    state        varchar(24)   not null,
    comment      varchar(2000),
    answered_at  timestamp with time zone,
    primary key (interview_id, position),
    constraint agenda_approval_state_ck check (state in ('PENDING', 'APPROVED', 'CHANGES_REQUESTED'))
);

create table agenda_change (
    interview_id bigint        not null references agenda (interview_id) on delete cascade,
    position     integer       not null,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(64)   not null,
    action       varchar(32)   not null,
    summary      varchar(4000) not null,
    primary key (interview_id, position)
);
