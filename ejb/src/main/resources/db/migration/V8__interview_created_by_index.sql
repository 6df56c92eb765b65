-- "My interviews" of a recruiter: the interviews they planned, newest first (JpaInterviewRepository.forMember).
-- Found by the load benchmark (docs/performance.md): without it the page counted by scanning every interview.
create index interview_created_by_ix on interview (created_by, starts_at desc, id desc);
