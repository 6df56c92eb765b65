-- "My interviews" of a panel member, newest first (JpaInterviewRepository.forMember). Each seat keeps its
-- interview's start (PanelMember, set by Interview whenever the schedule or the panel changes), so the first page is
-- one short range of interview_panel_user_starts_ix instead of joining every seat of a busy interviewer (300 and more
-- on the benchmark's data) to its interview and sorting them all. Replaces V9's index, which only that join used.
alter table interview_panel add column starts_at timestamp with time zone;
update interview_panel set starts_at = (select i.starts_at from interview i where i.id = interview_panel.interview_id);
alter table interview_panel alter column starts_at set not null;
create index interview_panel_user_starts_ix on interview_panel (username, starts_at desc, interview_id desc);
drop index interview_id_starts_ix;
