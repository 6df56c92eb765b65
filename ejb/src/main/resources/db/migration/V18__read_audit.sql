-- Who read what (issue 21): one row per read of a scorecard, a debrief, a debrief packet or a candidate's records
-- export, written by ReadAudit in its own short transaction after the read succeeded (one batched insert per read,
-- also for a list of scorecards). No foreign key to interview: the rows must outlive what they point at (erasure
-- anonymizes interviews, the retention job deletes rows older than the period). A records export of a candidate
-- has no interview: candidate_ref holds what the export was asked for.
create sequence read_audit_seq start with 50 increment by 50;

create table read_audit (
    id            bigint       not null primary key,
    read_at       timestamp with time zone not null,
    reader        varchar(64)  not null,
    kind          varchar(24)  not null,
    interview_id  bigint,
    candidate_ref varchar(120),
    subject       varchar(64),
    channel       varchar(8)   not null,
    constraint read_audit_kind_ck check (kind in ('SCORECARD', 'DEBRIEF', 'DEBRIEF_PACKET', 'RECORDS_EXPORT')),
    constraint read_audit_channel_ck check (channel in ('PAGE', 'API')),
    -- what was read: an interview's scorecard, debrief or packet; a records export by interview or by candidate
    constraint read_audit_target_ck check (interview_id is not null
        or (kind = 'RECORDS_EXPORT' and candidate_ref is not null))
);
-- the page's query paths, each newest first: everything in a period; one reader's reads; one interview's readers
create index read_audit_read_at_ix on read_audit (read_at, id);
create index read_audit_reader_ix on read_audit (reader, read_at, id);
create index read_audit_interview_ix on read_audit (interview_id, read_at, id);
