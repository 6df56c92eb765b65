-- The lead's decision per interview; the lead closing feedback early; webhook endpoints, the durable outbox of
-- events and one delivery row per event and endpoint (claimed by one dispatcher at a time).

alter table interview add column feedback_closed_reason varchar(2000);
alter table interview add column feedback_closed_at timestamp with time zone;

create table decision (
    interview_id     bigint        not null primary key references interview (id) on delete cascade,
    outcome          varchar(16)   not null,
    rationale        varchar(8000) not null,
    weighted_score   double precision,
    decided_by       varchar(64)   not null references app_user (username),
    decided_at       timestamp with time zone not null,
    follow_up        varchar(8000) not null,
    follow_up_sent_at timestamp with time zone,
    lock_version     bigint        not null,
    constraint decision_outcome_ck check (outcome in ('HIRE', 'NO_HIRE', 'NEXT_ROUND'))
);

create sequence webhook_endpoint_seq start with 50 increment by 50;

create table webhook_endpoint (
    id           bigint        not null primary key,
    url          varchar(2000) not null,
    secret       varchar(200)  not null,
    created_by   varchar(64)   not null,
    created_at   timestamp with time zone not null,
    active       boolean       not null,
    lock_version bigint        not null
);

create table webhook_event (
    id           varchar(36)    not null primary key,
    type         varchar(64)    not null,
    interview_id bigint         not null,
    occurred_at  timestamp with time zone not null,
    body         varchar(100000) not null,
    constraint webhook_event_type_ck check (type in ('interview.agenda_agreed', 'interview.scorecard_submitted',
        'interview.all_scorecards_submitted', 'interview.decision_recorded', 'interview.cancelled'))
);
create index webhook_event_interview_ix on webhook_event (interview_id, occurred_at);

create sequence webhook_delivery_seq start with 50 increment by 50;

create table webhook_delivery (
    id               bigint        not null primary key,
    event_id         varchar(36)   not null references webhook_event (id) on delete cascade,
    endpoint_id      bigint        not null references webhook_endpoint (id) on delete cascade,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_until    timestamp with time zone,
    last_status_code integer,
    last_error       varchar(1000),
    last_attempt_at  timestamp with time zone,
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint webhook_delivery_status_ck check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint webhook_delivery_once_uq unique (event_id, endpoint_id)
);
-- the dispatcher's query: what is due; the admin's list: an endpoint's deliveries, newest first
create index webhook_delivery_due_ix on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_endpoint_ix on webhook_delivery (endpoint_id, created_at desc);
