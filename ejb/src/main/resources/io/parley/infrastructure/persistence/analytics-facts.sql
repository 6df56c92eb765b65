-- The analytics facts of the interviews that {predicate} selects (on "interview i"), in the order they must run;
-- statements end with a line holding only ";". Read by AnalyticsFactsSql (the runtime writer and migration 14.1)
-- and by the benchmark's DataGenerator, so all three write the same facts. Portable SQL (H2 and PostgreSQL).

-- the interview: kit, scale size (labels in its JSON array), start, when the debrief opened (for debriefs before
-- V11: when feedback closed or the last scorecard came in), panel size, when the agenda was last agreed, and the
-- candidate's planned and recorded minutes
insert into analytics_interview (interview_id, kit_key, kit_version, scale_points, starts_at, duration_minutes,
    debrief_opened_at, panel_size, agenda_agreed_at, candidate_minutes_planned, candidate_seconds_held)
select i.id, k.kit_key, k.version_number,
    (length(k.scale_labels) - length(replace(k.scale_labels, '","', ''))) / 3 + 1,
    i.starts_at, i.duration_minutes,
    coalesce(o.opened_at, i.feedback_closed_at,
        (select max(s.submitted_at) from scorecard s where s.interview_id = i.id), i.starts_at),
    (select count(*) from interview_panel p where p.interview_id = i.id),
    (select max(c.changed_at) from agenda_change c where c.interview_id = i.id and c.action = 'agreed'),
    coalesce((select sum(a.minutes) from agenda_item a
        where a.interview_id = i.id and a.kind = 'CANDIDATE_QUESTIONS'), 0),
    (select cast(sum(extract(epoch from (b.ended_at - b.started_at))) as integer)
        from run_sheet_block b join agenda_item a on a.interview_id = b.interview_id and a.position = b.position
        where b.interview_id = i.id and a.kind = 'CANDIDATE_QUESTIONS' and b.ended_at is not null)
from interview i join kit k on k.id = i.kit_id
left join debrief_opening o on o.interview_id = i.id
where {predicate}
    and not exists (select 1 from analytics_interview x where x.interview_id = i.id)
;
-- its ratings: the copy frozen when the debrief opened, or (debriefs before V11) the submitted scorecards'
insert into analytics_rating (interview_id, competency_key, interviewer, rating, scale_points, kit_key, kit_version,
    starts_at)
select f.interview_id, f.competency_key, f.interviewer, f.rating, x.scale_points, x.kit_key, x.kit_version, x.starts_at
from debrief_frozen_rating f join analytics_interview x on x.interview_id = f.interview_id
join interview i on i.id = f.interview_id
where {predicate}
union all
select s.interview_id, r.competency_key, s.interviewer, r.rating, x.scale_points, x.kit_key, x.kit_version, x.starts_at
from scorecard s join scorecard_rating r on r.scorecard_id = s.id
join analytics_interview x on x.interview_id = s.interview_id
join interview i on i.id = s.interview_id
where {predicate}
    and s.status = 'SUBMITTED' and r.rating is not null and s.submitted_at <= x.debrief_opened_at
    and not exists (select 1 from debrief_opening o where o.interview_id = s.interview_id)
;
-- its scorecards submitted by then: recommendation, hours from the interview's end, the mean of their own ratings
insert into analytics_scorecard (interview_id, interviewer, recommendation, submitted_at, hours_to_submit,
    mean_rating, scale_points, kit_key, kit_version, starts_at)
select s.interview_id, s.interviewer, s.recommendation, s.submitted_at,
    extract(epoch from (s.submitted_at - x.starts_at)) / 3600.0 - x.duration_minutes / 60.0,
    (select avg(cast(r.rating as double precision)) from analytics_rating r
        where r.interview_id = s.interview_id and r.interviewer = s.interviewer),
    x.scale_points, x.kit_key, x.kit_version, x.starts_at
from scorecard s join analytics_interview x on x.interview_id = s.interview_id
join interview i on i.id = s.interview_id
where {predicate}
    and s.status = 'SUBMITTED' and s.submitted_at <= x.debrief_opened_at
;
