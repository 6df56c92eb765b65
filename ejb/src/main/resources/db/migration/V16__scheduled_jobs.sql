-- Scheduled work that must run once per deployment group, not once per server: each run of a job claims its row for
-- a while (JobLeases); a server whose timer finds the row claimed skips that run, and a claim of a server that died
-- simply runs out. One row per job, added with the job.
create table scheduled_job (
    name           varchar(64) not null primary key,
    claimed_until  timestamp with time zone,
    claimed_by     varchar(128),
    last_started_at timestamp with time zone
);
insert into scheduled_job (name) values ('scorecard-reminders');
