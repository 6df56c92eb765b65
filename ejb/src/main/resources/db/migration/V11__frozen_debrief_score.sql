-- The debrief's score is computed before the discussion and stays so (SPEC.md): when the debrief opens, the
-- submitted ratings are copied here, and the weighted score and the "decision against the score" check read them.
-- Amendments made later change the scorecards, not this copy; the debrief shows them beside it.
create table debrief_opening (
    interview_id bigint                   not null primary key references interview (id) on delete cascade,
    opened_at    timestamp with time zone not null,
    lock_version bigint                   not null
);

create table debrief_frozen_rating (
    interview_id   bigint      not null references debrief_opening (interview_id) on delete cascade,
    position       integer     not null,
    interviewer    varchar(64) not null,
    competency_key varchar(64) not null,
    rating         integer     not null,
    primary key (interview_id, position),
    constraint debrief_frozen_rating_uq unique (interview_id, interviewer, competency_key),
    constraint debrief_frozen_rating_ck check (rating between 1 and 7)
);
