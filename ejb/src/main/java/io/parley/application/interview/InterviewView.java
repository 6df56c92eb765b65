package io.parley.application.interview;

import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.Job;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/** An interview as pages and the API show it. */
public record InterviewView(long id, long lockVersion, InterviewStatus status, Candidate candidate, Job job,
                            long kitId, String kitKey, int kitVersion, String kitName, ZonedDateTime startsAt,
                            int durationMinutes, String location, List<PanelSeat> panel) implements Serializable {

    public InterviewView {
        panel = List.copyOf(panel);
    }

    public String lead() {
        return panel.stream().filter(PanelSeat::lead).map(PanelSeat::username).findFirst().orElse("");
    }

    public boolean isMember(String username) {
        return panel.stream().anyMatch(seat -> seat.username().equals(username));
    }
}
