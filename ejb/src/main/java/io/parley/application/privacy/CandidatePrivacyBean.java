package io.parley.application.privacy;

import io.parley.application.audit.Reads;
import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.PanelMember;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.privacy.PrivacyEvent;
import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.user.PanelPerson;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Transactions and roles around erasure and the records export; the rules live in the aggregates. */
@Stateless
@RolesAllowed({Role.HR_ADMIN_GROUP, Role.ATS_GROUP})
public class CandidatePrivacyBean implements CandidatePrivacy {

    static final String SAVE_FAILED = "candidate.erasureFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private InterviewAnonymizer anonymizer;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private KitRepository kits;

    @Inject
    private UserRepository users;

    @Inject
    private Event<InterviewEvent> interviewEvents;

    @Inject
    private Event<PrivacyEvent> privacyEvents;

    @Inject
    private UnitOfWork changes;

    @Inject
    private ReadAuditRepository readAudits;

    @Inject
    private Reads reads;

    @Resource
    private SessionContext session;

    @Override
    public Erasure erase(String externalId) {
        Instant now = Instant.now();
        List<Interview> found = interviews.ofCandidate(externalId);
        int erasedBefore = interviews
                .ofCandidate(anonymizer.pseudonymOf(externalId).externalId())
                .size();
        if (found.isEmpty() && erasedBefore == 0) {
            throw new DomainException("candidate.notFound", externalId);
        }
        List<Long> erased = new ArrayList<>();
        List<Long> cancelled = new ArrayList<>();
        for (Interview interview : found) {
            if (!interview.status().closed()) {
                interview.cancel(now);
                interviewEvents.fire(new InterviewEvent.Cancelled(interview, now));
                privacyEvents.fire(new PrivacyEvent.InterviewCancelledForErasure(interview.idValue(), now));
                cancelled.add(interview.idValue());
            }
            anonymizer.anonymize(interview, now);
            erased.add(interview.idValue());
        }
        // who exported the candidate's records stays on record, under the pseudonym
        readAudits.renameCandidate(
                externalId, anonymizer.pseudonymOf(externalId).externalId());
        String erasureId = null;
        if (!erased.isEmpty()) {
            erasureId = UUID.randomUUID().toString();
            privacyEvents.fire(new PrivacyEvent.CandidateErased(erasureId, erased, now));
        }
        changes.flush(SAVE_FAILED);
        return new Erasure(erasureId, erased, cancelled, erasedBefore, now);
    }

    @Override
    public CandidateRecords records(String externalId) {
        List<Interview> found = interviews.ofCandidate(externalId);
        if (found.isEmpty()) {
            boolean erased = !interviews
                    .ofCandidate(anonymizer.pseudonymOf(externalId).externalId())
                    .isEmpty();
            throw new DomainException(erased ? "candidate.erasedNotFound" : "candidate.notFound", externalId);
        }
        Set<String> usernames = new HashSet<>();
        found.forEach(interview -> usernames.addAll(interview.usernames()));
        Map<String, PanelPerson> people = users.panelPeople(usernames);
        List<CandidateRecords.InterviewRecord> records = new ArrayList<>();
        for (Interview interview : found) {
            records.add(record(interview, people));
        }
        reads.recordsExport(session.getCallerPrincipal().getName(), externalId, Channel.API);
        Interview latest = found.get(found.size() - 1);
        return new CandidateRecords(
                externalId, latest.candidate().name(), latest.candidate().email(), records);
    }

    private CandidateRecords.InterviewRecord record(Interview interview, Map<String, PanelPerson> people) {
        PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
        List<CandidateRecords.PanelSeat> panel = interview.panel().stream()
                .map(PanelMember::username)
                .map(username -> new CandidateRecords.PanelSeat(
                        username, name(people, username), username.equals(interview.lead())))
                .toList();
        List<CandidateRecords.AgendaBlock> agenda = new ArrayList<>();
        agendas.forInterview(interview.id()).map(Agenda::items).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                agenda.add(new CandidateRecords.AgendaBlock(
                        i + 1, item.kind().name(), item.title(), item.minutes(), item.owner()));
            }
        });
        List<CandidateRecords.ScorecardRecord> cards = scorecards.forInterview(interview.id()).stream()
                .map(scorecard -> scorecard(scorecard, kit, people))
                .toList();
        CandidateRecords.DecisionRecord decision = decisions
                .forInterview(interview.id())
                .map(d -> new CandidateRecords.DecisionRecord(
                        d.outcome().name(),
                        d.rationale(),
                        d.decidedBy(),
                        d.decidedAt(),
                        d.followUp(),
                        d.followUpSentAt()))
                .orElse(null);
        return new CandidateRecords.InterviewRecord(
                interview.idValue(),
                interview.status().name(),
                interview.schedule().startsAt(),
                interview.schedule().durationMinutes(),
                interview.location(),
                interview.job().externalId(),
                interview.job().title(),
                kit.key(),
                kit.versionNumber(),
                panel,
                agenda,
                cards,
                decision);
    }

    private static CandidateRecords.ScorecardRecord scorecard(
            Scorecard scorecard, PinnedKit kit, Map<String, PanelPerson> people) {
        ScorecardContent content = scorecard.content();
        Map<String, CompetencySpec> competencies = kit.competencies();
        Map<Long, QuestionSpec> questions = kit.questions();
        return new CandidateRecords.ScorecardRecord(
                scorecard.interviewer(),
                name(people, scorecard.interviewer()),
                scorecard.status().name(),
                scorecard.submittedAt(),
                scorecard.amendments(),
                content.ratings().stream()
                        .map(r -> new CandidateRecords.RatingRecord(
                                r.competency(),
                                competencies.containsKey(r.competency())
                                        ? competencies.get(r.competency()).name()
                                        : r.competency(),
                                r.rating(),
                                r.evidence()))
                        .toList(),
                content.questionNotes().stream()
                        .map(n -> new CandidateRecords.NoteRecord(
                                n.questionId(),
                                questions.containsKey(n.questionId())
                                        ? questions.get(n.questionId()).text()
                                        : null,
                                n.note()))
                        .toList(),
                content.candidateQuestions().stream()
                        .map(q -> new CandidateRecords.CandidateQuestionRecord(q.question(), q.answer()))
                        .toList(),
                content.dealBreakers(),
                content.keyTakeaways(),
                content.recommendation() == null
                        ? null
                        : content.recommendation().name());
    }

    private static String name(Map<String, PanelPerson> people, String username) {
        PanelPerson person = people.get(username);
        return person == null ? username : person.displayName();
    }
}
