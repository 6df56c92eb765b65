-- Issue 21: candidate data under the company's privacy rules (docs/operations.md, "Candidate data").

-- When an interview's candidate data was anonymized (retention or erasure); null while it is kept.
alter table interview add column anonymized_at timestamp with time zone;
-- Erasure and the records export find a candidate's interviews by the ATS's id (before anonymization) or by the
-- pseudonym's id that replaced it (after).
create index interview_candidate_ix on interview (candidate_external_id);
-- The retention job: cancelled interviews by when, decided ones by the decision's date.
create index interview_retention_ix on interview (status, cancelled_at);
create index decision_decided_at_ix on decision (decided_at);

-- The installation's key for candidates' pseudonyms (HMAC-SHA-256): random, made by the first server that needs it,
-- one row only. Without it a pseudonym cannot be traced back to the ATS's id.
create table privacy_key (
    id          integer     not null primary key,
    secret      varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint privacy_key_one_ck check (id = 1)
);

-- candidate.erased concerns a candidate, not one interview.
alter table webhook_event alter column interview_id drop not null;
alter table webhook_event drop constraint webhook_event_type_ck;
alter table webhook_event add constraint webhook_event_type_ck check (type in ('interview.agenda_agreed',
    'interview.scorecard_submitted', 'interview.all_scorecards_submitted', 'interview.decision_recorded',
    'interview.cancelled', 'candidate.erased'));

-- The retention job, once a day per deployment group (JobLeases).
insert into scheduled_job (name) values ('candidate-retention');
