package io.parley.interfaces.web.scorecard;

import io.parley.application.scorecard.MyScorecard;
import io.parley.application.scorecard.ScorecardService;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardRequirements;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.Formats;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard page ({@code /interviews/scorecard.xhtml?id=}): the member's own scorecard, saved automatically
 * while they write (the page's script sends the draft to {@link ScorecardDraftServlet} on every change and after a
 * pause in typing, and keeps the version it got back in the form, which the buttons' posts bring here), submitted
 * only when complete (the page lists what is
 * missing, each linked to its field), amended with a reason afterwards; below it the others' submitted scorecards
 * once the blind rule allows.
 */
@Named("scorecard")
@ViewScoped
public class ScorecardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Quick picks for what candidates commonly bring; message keys of the question texts. */
    public static final List<String> QUICK_PICKS = List.of("advancement", "industry", "proving", "reality");

    @EJB
    private ScorecardService scorecards;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private InterviewId id;
    private InterviewId interviewId;
    private MyScorecard mine;
    private ScorecardForm form;
    private long version;
    private Instant savedAt;
    private ScorecardStatus status;
    private String amendmentReason = "";
    private List<Missing> missing = List.of();
    private List<SubmittedScorecard> panel = List.of();
    private String blindReason;

    /** One thing a submission still needs, with the id of the place on the page where it is filled in. */
    public record Missing(String text, String target) implements Serializable {}

    public void load() {
        try {
            Optional<MyScorecard> found = NotFound.read(id, scorecards::mine);
            if (found.isEmpty()) {
                return;
            }
            interviewId = id;
            mine = found.get();
        } catch (DomainException refusal) {
            messages.error(null, refusal.code(), refusal.arguments());
            return;
        }
        form = ScorecardForm.of(mine.prep(), mine.assigned(), currentUser.getUsername(), mine.content());
        if (!mine.editable()) {
            form.showTexts(formats::text);
        }
        version = mine.version();
        savedAt = mine.savedAt();
        status = mine.status();
        if (mine.othersHidden() == null) {
            loadPanel();
        } else {
            // the blind rule's reason came with the scorecard: no second call only to be refused
            panel = List.of();
            blindReason = messages.text(mine.othersHidden());
        }
    }

    /** The explicit "save draft" button. */
    public void saveDraft() {
        ScorecardContent content = typed();
        if (content != null && write(content, null)) {
            messages.info(null, "scorecard.saved");
        }
    }

    public void submit() {
        ScorecardContent content = typed();
        if (content == null || !write(content, null)) {
            return;
        }
        try {
            var saved = scorecards.submit(interviewId);
            version = saved.version();
            savedAt = saved.savedAt();
            status = saved.status();
            missing = List.of();
            messages.info(null, "scorecard.submitted");
            loadPanel();
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** Saves a change to a submitted scorecard; the reason is required. */
    public void amend() {
        ScorecardContent content = typed();
        if (content == null) {
            return;
        }
        if (amendmentReason == null || amendmentReason.isBlank()) {
            messages.error("scorecard-form:amendment-reason", "scorecard.amendmentReasonRequired");
            return;
        }
        if (write(content, amendmentReason)) {
            amendmentReason = "";
            messages.info(null, "scorecard.amended");
            loadPanel();
        }
    }

    public void addQuickPick(String key) {
        form.addCandidateQuestion(messages.text("scorecard.quick." + key + ".question"));
    }

    public void addCandidateQuestion() {
        form.addCandidateQuestion("");
    }

    public void removeCandidateQuestion(ScorecardForm.QuestionRow row) {
        form.removeCandidateQuestion(row);
    }

    private ScorecardContent typed() {
        try {
            return form.content();
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
            return null;
        }
    }

    private boolean write(ScorecardContent content, String reason) {
        try {
            var saved = scorecards.save(interviewId, version, content, reason);
            version = saved.version();
            savedAt = saved.savedAt();
            status = saved.status();
            return true;
        } catch (DomainException e) {
            refused(e);
            return false;
        }
    }

    private void refused(DomainException refusal) {
        missing = refusal.reasons().stream()
                .map(r -> new Missing(
                        messages.text(
                                r.code(),
                                r.arguments().stream()
                                        .map(a -> a instanceof String key ? competencyName(key) : a)
                                        .toArray()),
                        target(r)))
                .toList();
        messages.error(null, messageKey(refusal.code()), refusal.arguments());
    }

    /**
     * The text for a refusal of the member's own scorecard. Only the member writes it, so "someone else saved this"
     * (the other editors' wording of a stale version) is the member in another tab or window; the API keeps the code.
     */
    static String messageKey(String code) {
        if (UnitOfWork.STALE.equals(code)) {
            return "scorecard.stale";
        }
        return UnitOfWork.STALE_RACE.equals(code) ? "scorecard.staleRace" : code;
    }

    private static String target(DomainException.Reason reason) {
        if (ScorecardRequirements.MISSING_TAKEAWAYS.equals(reason.code())) {
            return "takeaways-field";
        }
        if (ScorecardRequirements.MISSING_RECOMMENDATION.equals(reason.code())) {
            return "recommendation-field";
        }
        return reason.arguments().isEmpty()
                ? "scorecard-form"
                : "competency-" + reason.arguments().get(0);
    }

    private void loadPanel() {
        try {
            panel = scorecards.submitted(interviewId, Channel.PAGE);
            blindReason = null;
        } catch (DomainException refusal) {
            panel = List.of();
            blindReason = messages.text(refusal.code());
        }
    }

    /** The others' submitted scorecards (never the caller's own, which the form shows). */
    public List<SubmittedScorecard> getOthers() {
        List<SubmittedScorecard> others = new ArrayList<>();
        panel.stream()
                .filter(card -> !card.interviewer().equals(currentUser.getUsername()))
                .forEach(others::add);
        return others;
    }

    public String competencyName(String key) {
        var spec = mine.prep().competencies().get(key);
        return spec == null ? key : spec.name();
    }

    public boolean isSubmitted() {
        return status == ScorecardStatus.SUBMITTED;
    }

    public boolean isEditable() {
        return mine != null && mine.editable();
    }

    public List<String> getQuickPicks() {
        return QUICK_PICKS;
    }

    public MyScorecard getMine() {
        return mine;
    }

    public ScorecardForm getForm() {
        return form;
    }

    public ScorecardStatus getStatus() {
        return status;
    }

    /** The draft's version as the page last saw it: the autosave moves it on in the page, the buttons post it back. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Whether the page's script saves the draft as it is typed (a submitted scorecard changes only by amendment). */
    public boolean isAutosaving() {
        return form != null && status != ScorecardStatus.SUBMITTED && mine.editable();
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public List<Missing> getMissing() {
        return missing;
    }

    public String getBlindReason() {
        return blindReason;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public void setAmendmentReason(String amendmentReason) {
        this.amendmentReason = amendmentReason;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }
}
