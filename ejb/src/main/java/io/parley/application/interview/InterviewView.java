package io.parley.application.interview;

import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.Job;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.scorecard.ScorecardStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * An interview as pages and the API show it; {@code anonymizedAt} says when the candidate's data in it was erased
 * (retention or erasure, issue 21), null while it is kept.
 */
public record InterviewView(
        long id,
        long lockVersion,
        InterviewStatus status,
        Candidate candidate,
        Job job,
        long kitId,
        String kitKey,
        int kitVersion,
        String kitName,
        ZonedDateTime startsAt,
        int durationMinutes,
        String location,
        List<PanelSeat> panel,
        Map<String, ScorecardStatus> scorecards,
        Instant anonymizedAt)
        implements Serializable {

    public InterviewView {
        panel = List.copyOf(panel);
        scorecards = Map.copyOf(scorecards);
    }

    /** The view of an interview, without scorecard statuses. */
    public static InterviewView of(Interview interview, PinnedKit kit) {
        return of(interview, kit, Map.of());
    }

    /** The view of an interview with its members' scorecard statuses (those absent are {@code NONE}). */
    public static InterviewView of(Interview interview, PinnedKit kit, Map<String, ScorecardStatus> scorecards) {
        return new InterviewView(
                interview.idValue(),
                interview.lockVersion(),
                interview.status(),
                interview.candidate(),
                interview.job(),
                kit.id().value(),
                kit.key(),
                kit.versionNumber(),
                kit.name(),
                interview.schedule().start(),
                interview.schedule().durationMinutes(),
                interview.location(),
                interview.panel().stream()
                        .map(member -> new PanelSeat(member.username(), member.lead()))
                        .toList(),
                scorecards,
                interview.anonymizedAt());
    }

    /** A member's scorecard status ({@code NONE} before their first save). */
    public ScorecardStatus scorecardOf(String username) {
        return scorecards.getOrDefault(username, ScorecardStatus.NONE);
    }

    public String lead() {
        return panel.stream()
                .filter(PanelSeat::lead)
                .map(PanelSeat::username)
                .findFirst()
                .orElse("");
    }

    public boolean isMember(String username) {
        return panel.stream().anyMatch(seat -> seat.username().equals(username));
    }
}
