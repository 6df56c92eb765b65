-- One scorecard per panel member per interview (draft, then submitted), its ratings, notes and the candidate's
-- questions, the audit trail of submitted versions; the run sheet's recorded block times; reminder bookkeeping.

create sequence scorecard_seq start with 50 increment by 50;

create table scorecard (
    id               bigint        not null primary key,
    interview_id     bigint        not null references interview (id) on delete cascade,
    interviewer      varchar(64)   not null references app_user (username),
    status           varchar(16)   not null,
    recommendation   varchar(16),
    key_takeaways    varchar(4000),
    deal_breakers    varchar(8000) not null,
    saved_at         timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    amendments       integer       not null,
    lock_version     bigint        not null,
    constraint scorecard_one_per_member_uq unique (interview_id, interviewer),
    constraint scorecard_status_ck check (status in ('DRAFT', 'SUBMITTED')),
    constraint scorecard_recommendation_ck check (recommendation in ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')),
    constraint scorecard_submitted_ck check (status = 'DRAFT' or (submitted_at is not null and recommendation is not null))
);
-- "my scorecard" and everyone's scorecard status per interview
create index scorecard_interviewer_ix on scorecard (interviewer, interview_id);

create table scorecard_rating (
    scorecard_id   bigint        not null references scorecard (id) on delete cascade,
    position       integer       not null,
    competency_key varchar(64)   not null,
    rating         integer,
    evidence       varchar(4000),
    primary key (scorecard_id, position),
    constraint scorecard_rating_range_ck check (rating between 1 and 7)
);

create table scorecard_question_note (
    scorecard_id bigint        not null references scorecard (id) on delete cascade,
    position     integer       not null,
    question_id  bigint        not null,
    note         varchar(4000) not null,
    primary key (scorecard_id, position)
);

create table scorecard_candidate_question (
    scorecard_id bigint        not null references scorecard (id) on delete cascade,
    position     integer       not null,
    question     varchar(1000) not null,
    answer       varchar(4000),
    primary key (scorecard_id, position)
);

-- every submitted version: the submission and each amendment, with who, when, why and what it said
create table scorecard_revision (
    scorecard_id bigint         not null references scorecard (id) on delete cascade,
    position     integer        not null,
    kind         varchar(16)    not null,
    reason       varchar(2000),
    revised_by   varchar(64)    not null,
    revised_at   timestamp with time zone not null,
    content      varchar(200000) not null,
    primary key (scorecard_id, position),
    constraint scorecard_revision_kind_ck check (kind in ('SUBMITTED', 'AMENDED')),
    constraint scorecard_revision_reason_ck check (kind = 'SUBMITTED' or reason is not null)
);

create table run_sheet (
    interview_id bigint not null primary key references interview (id) on delete cascade,
    started_at   timestamp with time zone,
    ended_at     timestamp with time zone,
    lock_version bigint not null
);

create table run_sheet_block (
    interview_id bigint  not null references run_sheet (interview_id) on delete cascade,
    position     integer not null,
    started_at   timestamp with time zone not null,
    ended_at     timestamp with time zone,
    primary key (interview_id, position)
);

-- when a late member (MEMBER) or the lead about the panel (LEAD) was last reminded: at most once a day
create table scorecard_reminder (
    interview_id bigint      not null references interview (id) on delete cascade,
    username     varchar(64) not null references app_user (username),
    kind         varchar(8)  not null,
    last_sent_at timestamp with time zone not null,
    primary key (interview_id, username, kind),
    constraint scorecard_reminder_kind_ck check (kind in ('MEMBER', 'LEAD'))
);

-- the reminder timer: open interviews whose time has passed
create index interview_status_starts_ix on interview (status, starts_at);
