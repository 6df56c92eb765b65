package io.parley.infrastructure.persistence;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.interview.IdempotencyKey;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.MemberInterview;
import io.parley.domain.model.interview.Schedule;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Interviews by id and the paged lists: a fixed number of queries per page, whatever the panel size. */
@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Interview> find(InterviewId id) {
        return Optional.ofNullable(em.find(Interview.class, id.value()));
    }

    @Override
    public void store(Interview interview) {
        if (interview.idValue() == null) {
            em.persist(interview);
        }
    }

    @Override
    public Optional<IdempotencyKey> idempotencyKey(String caller, String key) {
        return Optional.ofNullable(em.find(IdempotencyKey.class, new IdempotencyKey.Key(caller, key)));
    }

    @Override
    public List<Interview> ofCandidate(String externalId) {
        return em.createQuery(
                        "select i from Interview i where i.candidate.externalId = :id order by i.id", Interview.class)
                .setParameter("id", externalId)
                .getResultList();
    }

    @Override
    public List<Interview> closedBefore(Instant cutoff, int limit) {
        List<Interview> due = new ArrayList<>(em.createQuery(
                        "select i from Interview i where i.status = :cancelled and i.cancelledAt < :cutoff"
                                + " and i.anonymizedAt is null order by i.id",
                        Interview.class)
                .setParameter("cancelled", InterviewStatus.CANCELLED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList());
        due.addAll(em.createQuery(
                        "select i from Interview i, Decision d where d.interviewId = i.id and d.decidedAt < :cutoff"
                                + " and i.anonymizedAt is null order by i.id",
                        Interview.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList());
        due.sort(Comparator.comparing(Interview::idValue));
        return due.size() > limit ? due.subList(0, limit) : due;
    }

    @Override
    public void store(IdempotencyKey key) {
        em.persist(key);
    }

    /**
     * Two index paths instead of one {@code or} over every interview (with 100,000 interviews the count scanned
     * them all, about a second per page): the seats the user holds ({@code interview_panel_user_starts_ix}) and the
     * interviews they planned without sitting on the panel ({@code interview_created_by_ix}). Each path gives the
     * keys of its first {@code offset + limit} rows, merged here; the page's lines come in one more statement.
     */
    @Override
    public Page<MemberInterview> forMember(String username, int offset, int limit) {
        int size = Page.limit(limit);
        int window = Math.max(0, offset) + size;
        List<Object[]> keys = new ArrayList<>();
        // the seats alone, newest first from interview_panel_user_starts_ix (each seat keeps its interview's start)
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("select interview_id, starts_at from interview_panel"
                        + " where username = ? order by starts_at desc, interview_id desc limit ?")
                .setParameter(1, username)
                .setParameter(2, window)
                .getResultList();
        keys.addAll(seats);
        keys.addAll(
                em.createQuery("select i.id, i.schedule.startsAt" + PLANNED_NOT_SEATED + NEWEST_FIRST, Object[].class)
                        .setParameter("user", username)
                        .setMaxResults(window)
                        .getResultList());
        List<Long> ids = keys.stream()
                .sorted(Comparator.comparing((Object[] key) -> instant(key[1]))
                        .thenComparing(key -> ((Number) key[0]).longValue())
                        .reversed())
                .skip(Math.max(0, offset))
                .limit(size)
                .map(key -> ((Number) key[0]).longValue())
                .toList();
        return new Page<>(lines(username, ids), countForMember(username), offset, size);
    }

    @Override
    public long countForMember(String username) {
        // the seats alone, from the index interview_panel_user_ix (the JPQL form would join every seat's interview)
        Number seated = (Number) em.createNativeQuery("select count(*) from interview_panel where username = ?")
                .setParameter(1, username)
                .getSingleResult();
        return seated.longValue()
                + em.createQuery("select count(i)" + PLANNED_NOT_SEATED, Long.class)
                        .setParameter("user", username)
                        .getSingleResult();
    }

    /** A timestamp as JPQL (Instant), H2 (OffsetDateTime) or PostgreSQL's driver (Timestamp) return it. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return (Instant) value;
    }

    private static final String NEWEST_FIRST = " order by i.schedule.startsAt desc, i.id desc";
    private static final String PLANNED_NOT_SEATED = " from Interview i where i.createdBy = :user and not exists"
            + " (select 1 from Interview j join j.panel p where j = i and p.username = :user)";

    /**
     * The lines of the given interviews for one user, in the given order, in one statement: the interview's own
     * columns, the user's seat, the agenda and the user's scorecard by unique keys, and the user's approval among the
     * panel's few. Loading the interviews and agendas as entities read every seat and approval of the panel, in four
     * statements.
     */
    private List<MemberInterview> lines(String username, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("select i.id, i.candidate_name, i.job_title, i.starts_at, i.time_zone,"
                + " i.duration_minutes, i.status, p.username, p.lead, a.status, ap.state, s.status"
                + " from interview i"
                + " left join interview_panel p on p.interview_id = i.id and p.username = ?"
                + " left join agenda a on a.interview_id = i.id"
                + " left join agenda_approval ap on ap.interview_id = i.id and ap.username = ?"
                // the scorecard by its id from the unique (interview_id, interviewer) index alone: asked for the
                // row's columns, H2 may take the interviewer's foreign key index and read all their scorecards
                // (see find in JpaScorecardRepository)
                + " left join scorecard s on s.id = (select c.id from scorecard c"
                + " where c.interview_id = i.id and c.interviewer = ?)"
                + " where i.id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")");
        for (int parameter = 1; parameter <= 3; parameter++) {
            query.setParameter(parameter, username);
        }
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(4 + i, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        // one row per interview (seat, agenda and scorecard are unique per user); should an approval ever be
        // listed twice, the first row stands rather than the page failing
        Map<Long, MemberInterview> byId = rows.stream()
                .map(JpaInterviewRepository::line)
                .collect(Collectors.toMap(MemberInterview::id, line -> line, (first, second) -> first));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static MemberInterview line(Object[] row) {
        return new MemberInterview(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                instant(row[3]).atZone(Schedule.zone((String) row[4])),
                ((Number) row[5]).intValue(),
                InterviewStatus.valueOf((String) row[6]),
                row[7] != null,
                Boolean.TRUE.equals(row[8]),
                row[9] == null ? null : AgendaStatus.valueOf((String) row[9]),
                row[10] == null ? null : ApprovalState.valueOf((String) row[10]),
                row[11] == null ? null : ScorecardStatus.valueOf((String) row[11]));
    }

    @Override
    public Page<Interview> all(int offset, int limit) {
        var items = em.createQuery(
                        "select i from Interview i order by i.schedule.startsAt desc, i.id desc", Interview.class)
                .setFirstResult(offset)
                .setMaxResults(Page.limit(limit))
                .getResultList();
        long total =
                em.createQuery("select count(i) from Interview i", Long.class).getSingleResult();
        return new Page<>(items, total, offset, Page.limit(limit));
    }

    @Override
    public List<Interview> collectingScorecards(Instant startedAfter, Instant startedBefore, long afterId, int limit) {
        return em.createQuery(
                        "select i from Interview i where i.status in :open and i.schedule.startsAt >= :since"
                                + " and i.schedule.startsAt < :before and i.id > :after order by i.id",
                        Interview.class)
                .setParameter("open", List.of(InterviewStatus.AGENDA_AGREED, InterviewStatus.FEEDBACK))
                .setParameter("since", startedAfter)
                .setParameter("before", startedBefore)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<String, Long> openSeats(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> seats = new HashMap<>();
        em.createQuery(
                        "select p.username, count(i) from Interview i join i.panel p where p.username in :names"
                                + " and i.status not in :closed group by p.username",
                        Object[].class)
                .setParameter("names", usernames)
                .setParameter("closed", List.of(InterviewStatus.DECIDED, InterviewStatus.CANCELLED))
                .getResultList()
                .forEach(row -> seats.put((String) row[0], ((Number) row[1]).longValue()));
        return Map.copyOf(seats);
    }
}
