-- Decision-quality analytics (docs/analytics.md) read these facts, never the scorecards themselves: one row per
-- interview whose debrief opened, its frozen ratings (the independent ones, given before the discussion) and its
-- submitted scorecards, each with the kit and start the filters use, so every figure is one indexed range scan.
-- They are written in the transaction that opens the debrief (AnalyticsFactsSql), and V14.1 (AnalyticsBackfill)
-- fills them for interviews whose debrief opened before.

create table analytics_interview (
    interview_id              bigint      not null primary key references interview (id) on delete cascade,
    kit_key                   varchar(64) not null,
    kit_version               integer     not null,
    scale_points              integer     not null,
    starts_at                 timestamp with time zone not null,
    duration_minutes          integer     not null,
    debrief_opened_at         timestamp with time zone not null,
    panel_size                integer     not null,
    agenda_agreed_at          timestamp with time zone,
    candidate_minutes_planned integer     not null,
    candidate_seconds_held    integer,
    constraint analytics_interview_scale_ck check (scale_points between 2 and 7),
    constraint analytics_interview_panel_ck check (panel_size >= 0)
);
create index analytics_interview_kit_ix on analytics_interview (kit_key, starts_at);
create index analytics_interview_starts_ix on analytics_interview (starts_at);

create table analytics_rating (
    interview_id   bigint      not null references analytics_interview (interview_id) on delete cascade,
    competency_key varchar(64) not null,
    interviewer    varchar(64) not null,
    rating         integer     not null,
    scale_points   integer     not null,
    kit_key        varchar(64) not null,
    kit_version    integer     not null,
    starts_at      timestamp with time zone not null,
    primary key (interview_id, competency_key, interviewer),
    constraint analytics_rating_ck check (rating between 1 and 7)
);
-- the filters: a kit (and its versions) over a period, or every kit over a period; one interviewer's own figures
create index analytics_rating_kit_ix on analytics_rating (kit_key, starts_at);
create index analytics_rating_starts_ix on analytics_rating (starts_at);
create index analytics_rating_interviewer_ix on analytics_rating (interviewer, starts_at);

create table analytics_scorecard (
    interview_id    bigint           not null references analytics_interview (interview_id) on delete cascade,
    interviewer     varchar(64)      not null,
    recommendation  varchar(16)      not null,
    submitted_at    timestamp with time zone not null,
    hours_to_submit double precision not null,
    mean_rating     double precision,
    scale_points    integer          not null,
    kit_key         varchar(64)      not null,
    kit_version     integer          not null,
    starts_at       timestamp with time zone not null,
    primary key (interview_id, interviewer),
    constraint analytics_scorecard_recommendation_ck
        check (recommendation in ('STRONG_NO', 'NO', 'YES', 'STRONG_YES'))
);
create index analytics_scorecard_kit_ix on analytics_scorecard (kit_key, starts_at);
create index analytics_scorecard_starts_ix on analytics_scorecard (starts_at);
create index analytics_scorecard_interviewer_ix on analytics_scorecard (interviewer, starts_at);
