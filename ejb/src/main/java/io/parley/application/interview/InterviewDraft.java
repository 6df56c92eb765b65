package io.parley.application.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/** What a recruiter (or the ATS) says when planning or changing an interview. The domain checks the rest. */
public record InterviewDraft(
        @NotBlank @Size(max = 120) String candidateExternalId,
        @NotBlank @Size(max = 200) String candidateName,
        @NotBlank @Size(max = 254) String candidateEmail,
        @NotBlank @Size(max = 120) String jobExternalId,
        @NotBlank @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 64) String kitKey,
        @NotNull ZonedDateTime startsAt,
        int durationMinutes,
        @NotBlank @Size(max = 500) String location,
        @NotEmpty @Size(max = 12) List<@Valid PanelSeat> panel)
        implements Serializable {

    public InterviewDraft {
        panel = panel == null ? List.of() : List.copyOf(panel);
    }
}
