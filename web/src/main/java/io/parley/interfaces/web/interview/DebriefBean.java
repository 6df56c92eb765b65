package io.parley.interfaces.web.interview;

import io.parley.application.decision.DebriefView;
import io.parley.application.decision.DecisionService;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.decision.FollowUpNote;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.decision.WeightedScore;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The debrief ({@code /interviews/debrief.xhtml?id=}): the weighted score, must-have gaps and deal-breakers
 * first, then the competency × interviewer matrix with the evidence one click away, recommendations, the
 * candidate's questions and whether their time was held; for the lead, the decision form, which says before saving
 * when the decision goes against the score.
 */
@Named("debrief")
@ViewScoped
public class DebriefBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @Inject
    private Messages messages;

    private InterviewId id;
    private InterviewId interviewId;
    private DebriefView view;
    private String outcome;
    private String rationale = "";
    private String followUp = "";

    public void load() {
        try {
            NotFound.read(id, debrief -> decisions.debrief(debrief, Channel.PAGE))
                    .ifPresent(this::show);
        } catch (DomainException refusal) {
            messages.error(null, refusal.code(), refusal.arguments());
        }
    }

    private void show(DebriefView debrief) {
        interviewId = id;
        view = debrief;
        if (view.decision() != null) {
            followUp = view.decision().followUp();
        }
    }

    /** A new outcome picked: the follow-up draft follows it (until the lead edits it). */
    public void outcomeChanged() {
        if (outcome != null && !outcome.isBlank()) {
            followUp = FollowUpNote.draft(
                    Outcome.valueOf(outcome), view.interview().candidate().name());
        }
    }

    public void decide() {
        try {
            decisions.decide(
                    interviewId,
                    outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome),
                    rationale,
                    followUp);
            view = decisions.debrief(interviewId, Channel.PAGE);
            followUp = view.decision().followUp();
            messages.info(null, "decision.recorded");
        } catch (DomainException refusal) {
            Object[] arguments = Arrays.stream(refusal.arguments())
                    .map(a -> a instanceof Outcome o ? messages.text("decision.outcome." + o.name()) : a)
                    .toArray();
            messages.error(
                    refusal.code().startsWith("decision.rationale")
                                    || refusal.code().startsWith("decision.override")
                            ? "debrief-form:rationale"
                            : null,
                    refusal.code(),
                    arguments);
        }
    }

    /** Mails the follow-up note (as edited here) to the candidate. */
    public void sendFollowUp() {
        try {
            decisions.sendFollowUp(interviewId, followUp);
            view = decisions.debrief(interviewId, Channel.PAGE);
            messages.info(
                    null, "decision.followUpSent", view.interview().candidate().email());
        } catch (DomainException refusal) {
            messages.error("debrief-form:sent-follow-up", refusal.code(), refusal.arguments());
        }
    }

    /** The picked outcome goes against the computed score: the page says so before saving. */
    public boolean isAgainstScore() {
        return view != null
                && outcome != null
                && !outcome.isBlank()
                && view.score().against(Outcome.valueOf(outcome));
    }

    public String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Chart.js configuration for p:chart: the mean rating per competency. PrimeFaces writes it into an inline
     * script, where a competency name holding {@code </script>} would end the script and put the rest into the page
     * as HTML (the kit payload test saw its {@code onerror} stopped only by the CSP); every {@code <} goes out as
     * the JSON escape {@code \u003c}, which the chart reads back as the same text.
     */
    public String getChart() {
        JsonArrayBuilder labels = Jsonp.PROVIDER.createArrayBuilder();
        JsonArrayBuilder means = Jsonp.PROVIDER.createArrayBuilder();
        for (WeightedScore.CompetencyScore c : view.score().competencies()) {
            labels.add(c.competency().name());
            if (c.mean() == null) {
                means.addNull();
            } else {
                means.add(c.mean());
            }
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Jsonp.PROVIDER
                                                .createArrayBuilder()
                                                .add(Jsonp.PROVIDER
                                                        .createObjectBuilder()
                                                        .add("label", messages.text("debrief.chart.mean"))
                                                        .add("data", means)
                                                        .add("backgroundColor", "#2563eb"))))
                .add(
                        "options",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add(
                                        "scales",
                                        Jsonp.PROVIDER
                                                .createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Jsonp.PROVIDER
                                                                .createObjectBuilder()
                                                                .add("min", 0)
                                                                .add(
                                                                        "max",
                                                                        view.score()
                                                                                .scalePoints()))))
                .build()
                .toString()
                .replace("<", "\\u003c");
    }

    public List<String> getOutcomes() {
        return List.of("HIRE", "NEXT_ROUND", "NO_HIRE");
    }

    public DebriefView getView() {
        return view;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }
}
