package io.parley.application.interview;

import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Interviews: recruiters and hr-admins plan, change and cancel them; everyone sees the interviews they sit on
 * (others are "not found"). Planning instantiates the agenda from the pinned kit's template.
 */
public interface InterviewService {

    InterviewId plan(@NotNull @Valid InterviewDraft draft);

    /**
     * Plans once per {@code idempotencyKey} and caller: a repeated request gets the interview planned the first
     * time; the same key with a different request is refused ({@code interview.idempotencyKeyReused}).
     */
    InterviewId plan(
            @NotNull @Valid InterviewDraft draft,
            @NotNull @jakarta.validation.constraints.Size(min = 1, max = 200) String idempotencyKey);

    /** Changes an interview; {@code expectedLockVersion} is the version the caller read. */
    long revise(@NotNull InterviewId id, long expectedLockVersion, @NotNull @Valid InterviewDraft draft);

    void cancel(@NotNull InterviewId id);

    /** The interview, if the caller may see it. */
    InterviewView find(@NotNull InterviewId id);

    /**
     * The interview, its agenda and the panel's names, if the caller may see it: what the interview page and the
     * agenda editor show, read once instead of by three calls.
     */
    InterviewPage page(@NotNull InterviewId id);

    /** The interview as an RFC 5545 calendar ({@code .ics}); {@code prepPage} is the link it carries. */
    String calendar(@NotNull InterviewId id, @NotNull URI prepPage);

    /** Everything a member prepares with: the interview, its agenda and the pinned kit's content. */
    PrepView prep(@NotNull InterviewId id);

    /** The caller's interviews (those they sit on or planned), newest first, with what each waits for. */
    Page<InterviewSummary> mine(int offset, int limit);

    /** The published kits a new interview may pin: key and display name, by name. */
    List<KitChoice> publishedKits();

    /** The display names of an interview's panel (one query), for pages that show who owns what. */
    Map<String, String> panelNames(InterviewId id);

    /** How many users one search for panel members offers at most. */
    int PANEL_CANDIDATES_LIMIT = 20;

    /**
     * The users who may sit on a panel whose username or name contains {@code search} (ignoring case): username and
     * display name, by name, at most {@link #PANEL_CANDIDATES_LIMIT}.
     */
    List<PanelCandidate> panelCandidates(@NotNull @jakarta.validation.constraints.Size(max = 120) String search);

    record KitChoice(long id, String key, String name, int version, List<CompetencyChoice> competencies)
            implements Serializable {}

    record CompetencyChoice(String key, String name, boolean required) implements Serializable {}

    record PanelCandidate(String username, String displayName) implements Serializable {}
}
