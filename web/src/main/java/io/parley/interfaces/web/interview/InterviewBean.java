package io.parley.interfaces.web.interview;

import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.application.interview.AgendaView;
import io.parley.application.interview.DepartedMember;
import io.parley.application.interview.InterviewPage;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewView;
import io.parley.application.scorecard.ScorecardService;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.agenda.AgendaChange;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One interview ({@code /interviews/interview.xhtml?id=}): details, panel, the agenda with its approvals and
 * history; members approve or ask for changes here, recruiters cancel. Not visible means 404.
 */
@Named("interviewPage")
@ViewScoped
public class InterviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DecisionService decisions;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser currentUser;

    private InterviewId id;
    private InterviewView interview;
    private AgendaView agenda;
    private Map<String, String> names = Map.of();
    private String comment;
    private List<SubmittedScorecard> submitted = List.of();
    private String scorecardsHidden;
    private String closeReason;
    private List<DepartedMember> departed = List.of();

    public void load() {
        NotFound.read(id, interviews::page).ifPresent(this::show);
    }

    /** After an action: the page as it is now (an interview that went out of sight keeps the last view). */
    private void reload() {
        show(interviews.page(id));
    }

    private void show(InterviewPage page) {
        interview = page.interview();
        agenda = page.agenda();
        names = page.names();
        departed = page.departed();
        if (page.scorecardsHidden() == null) {
            loadScorecards(id);
        } else {
            // what the scorecard service would refuse with (the blind rule), without asking it
            submitted = List.of();
            scorecardsHidden = messages.text(page.scorecardsHidden());
        }
    }

    /** The submitted scorecards the blind rule lets the viewer see, or why they are hidden. */
    private void loadScorecards(InterviewId interviewId) {
        try {
            submitted = scorecards.submitted(interviewId, Channel.PAGE);
            scorecardsHidden = null;
        } catch (DomainException e) {
            submitted = List.of();
            scorecardsHidden = messages.text(e.code());
        }
    }

    public List<SubmittedScorecard> getSubmitted() {
        return submitted;
    }

    public String getScorecardsHidden() {
        return scorecardsHidden;
    }

    public void approve() {
        act(() -> agendas.approve(new InterviewId(interview.id())), "agenda.approved");
    }

    public void requestChanges() {
        act(() -> agendas.requestChanges(new InterviewId(interview.id()), comment), "agenda.changesRequested");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            comment = null;
        }
    }

    /** The lead closes feedback without every scorecard (after the deadline, with a reason). */
    public void closeFeedback() {
        act(() -> decisions.closeFeedback(new InterviewId(interview.id()), closeReason), "debrief.opened");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            closeReason = null;
        }
    }

    /** The lead may close feedback: it is being collected and the viewer leads the interview. */
    public boolean isMayCloseFeedback() {
        return interview != null
                && currentUser.getUsername().equals(interview.lead())
                && interview.status().collectingFeedback();
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public void cancel() {
        act(() -> interviews.cancel(new InterviewId(interview.id())), "interview.cancelled");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reload();
            messages.info(null, done);
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConstraintViolationException e) {
            messages.error("interview-actions:comment", "agenda.commentRequired");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public String competencyName(String key) {
        return agenda.competencyNames().getOrDefault(key, key);
    }

    public String questionText(Long questionId) {
        return agenda.questionTexts().getOrDefault(questionId, "#" + questionId);
    }

    /** Why the agenda went back for editing (the rules it breaks since the interview changed), or empty. */
    public List<String> getReopenedBecause() {
        if (agenda.reopening() == null) {
            return List.of();
        }
        return agenda.violations().stream()
                .map(v -> messages.text(v.code(), v.arguments().toArray()))
                .toList();
    }

    public boolean isMember() {
        return interview.isMember(currentUser.getUsername());
    }

    public boolean isMayEditAgenda() {
        return isOpen() && (currentUser.getUsername().equals(interview.lead()) || currentUser.isRecruiter());
    }

    public boolean isMayAnswer() {
        return isOpen()
                && isMember()
                && agenda.status() == AgendaStatus.PROPOSED
                && myApproval() != ApprovalState.APPROVED;
    }

    public boolean isOpen() {
        return interview.status().beforeInterview();
    }

    public ApprovalState myApproval() {
        return agenda.approvals().stream()
                .filter(a -> a.member().equals(currentUser.getUsername()))
                .map(a -> a.state())
                .findFirst()
                .orElse(null);
    }

    public List<AgendaChange> getHistoryNewestFirst() {
        List<AgendaChange> history = new ArrayList<>(agenda.history());
        Collections.reverse(history);
        return history;
    }

    /**
     * The panel members who have left Parley, with what is pending from them: shown to the lead and to recruiters
     * and hr-admins, who replace them on the panel (or, the lead, close the feedback without them).
     */
    public List<DepartedMember> getDeparted() {
        return isMayHandleDeparture() ? departed : List.of();
    }

    private boolean isMayHandleDeparture() {
        return interview != null && (currentUser.getUsername().equals(interview.lead()) || currentUser.isPlanner());
    }

    public InterviewView getInterview() {
        return interview;
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
