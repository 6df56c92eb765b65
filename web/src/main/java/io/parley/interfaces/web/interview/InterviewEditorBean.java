package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewService.KitChoice;
import io.parley.application.interview.InterviewService.PanelCandidate;
import io.parley.application.interview.InterviewView;
import io.parley.application.interview.PanelSeat;
import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.Schedule;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.InterviewIds;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Planning an interview ({@code /interviews/interview-editor.xhtml}, and {@code ?id=} to change one): candidate,
 * job, kit, time with its zone, duration, place and panel. Refusals come back as messages at the field; the
 * input stays.
 */
@Named("interviewEditor")
@ViewScoped
public class InterviewEditorBean implements Serializable {

    private static final String START_REQUIRED = "interview.startRequired";

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    @Inject
    private Messages messages;

    private String id;
    private Long interviewId;
    private long lockVersion;
    private String candidateExternalId;
    private String candidateName;
    private String candidateEmail;
    private String jobExternalId;
    private String jobTitle;
    private String kitKey;
    private LocalDateTime start = LocalDateTime.of(LocalDate.now().plusDays(7), LocalTime.of(10, 0));
    private String timeZone = ZoneId.systemDefault().getId();
    private Integer durationMinutes = 60;
    private String location;
    private List<String> panel = new ArrayList<>();
    private String lead;
    private List<KitChoice> kits;
    /** Display names of the users this view has offered or shown, by username (labels of the chosen ones). */
    private final Map<String, String> names = new HashMap<>();

    public void load() throws IOException {
        kits = interviews.publishedKits();
        if (id == null || id.isBlank()) {
            if (!kits.isEmpty() && kitKey == null) {
                kitKey = kits.get(0).key();
            }
            return;
        }
        Optional<InterviewView> found = InterviewIds.parse(id).flatMap(this::find);
        if (found.isEmpty()) {
            NotFound.send();
            return;
        }
        InterviewView view = found.get();
        interviewId = view.id();
        lockVersion = view.lockVersion();
        candidateExternalId = view.candidate().externalId();
        candidateName = view.candidate().name();
        candidateEmail = view.candidate().email();
        jobExternalId = view.job().externalId();
        jobTitle = view.job().title();
        kitKey = view.kitKey();
        start = view.startsAt().toLocalDateTime();
        timeZone = view.startsAt().getZone().getId();
        durationMinutes = view.durationMinutes();
        location = view.location();
        panel = new ArrayList<>(view.panel().stream().map(PanelSeat::username).toList());
        lead = view.lead();
        names.putAll(interviews.panelNames(new InterviewId(interviewId)));
    }

    public String save() {
        try {
            InterviewDraft draft = draft();
            if (interviewId == null) {
                InterviewId planned = interviews.plan(draft);
                return "/interviews/interview?faces-redirect=true&id=" + planned.value();
            }
            lockVersion = interviews.revise(new InterviewId(interviewId), lockVersion, draft);
            return "/interviews/interview?faces-redirect=true&id=" + interviewId;
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
            fieldOf(e.code()).ifPresent(field -> messages.error(field, e.code(), e.arguments()));
        } catch (ConstraintViolationException e) {
            messages.error(null, "interview.invalid");
        }
        return null;
    }

    private InterviewDraft draft() {
        ZoneId zone = Schedule.zone(timeZone);
        if (start == null) {
            throw new DomainException(START_REQUIRED);
        }
        List<PanelSeat> seats = new ArrayList<>();
        if (lead != null && !lead.isBlank()) {
            seats.add(new PanelSeat(lead, true));
        }
        panel.stream()
                .filter(member -> !member.equals(lead))
                .forEach(member -> seats.add(new PanelSeat(member, false)));
        return new InterviewDraft(
                candidateExternalId,
                candidateName,
                candidateEmail,
                jobExternalId,
                jobTitle,
                kitKey,
                start.atZone(zone),
                durationMinutes == null ? 0 : durationMinutes,
                location,
                seats);
    }

    /** The field a refusal belongs to, by its code (the rest go to the page's messages). */
    private static final Map<String, String> FIELDS = Map.of(
            Candidate.INVALID_EMAIL,
            "interview:candidateEmail",
            Schedule.INVALID_DURATION,
            "interview:duration",
            Schedule.UNKNOWN_TIME_ZONE,
            "interview:timeZone",
            START_REQUIRED,
            "interview:start",
            Interview.KIT_UNKNOWN,
            "interview:kit",
            Interview.KIT_PINNED,
            "interview:kit");

    private static Optional<String> fieldOf(String code) {
        return Optional.ofNullable(code.startsWith(Interview.PANEL_REFUSAL) ? "interview:panel" : FIELDS.get(code));
    }

    private Optional<InterviewView> find(InterviewId interview) {
        try {
            return Optional.of(interviews.find(interview));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The interview id of a page parameter, if it is one. */
    public boolean isExisting() {
        return interviewId != null;
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    public List<KitChoice> getKits() {
        return kits;
    }

    /** The users whose username or name contains what was typed, for the lead and panel fields. */
    public List<String> completeMember(String query) {
        List<PanelCandidate> found = interviews.panelCandidates(query == null ? "" : query);
        found.forEach(candidate -> names.put(candidate.username(), candidate.displayName()));
        return found.stream().map(PanelCandidate::username).toList();
    }

    /** "Display Name (username)" of a user this view knows, else the username as typed. */
    public String memberLabel(String username) {
        String name = username == null ? null : names.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCandidateExternalId() {
        return candidateExternalId;
    }

    public void setCandidateExternalId(String candidateExternalId) {
        this.candidateExternalId = candidateExternalId;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public void setCandidateEmail(String candidateEmail) {
        this.candidateEmail = candidateEmail;
    }

    public String getJobExternalId() {
        return jobExternalId;
    }

    public void setJobExternalId(String jobExternalId) {
        this.jobExternalId = jobExternalId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getKitKey() {
        return kitKey;
    }

    public void setKitKey(String kitKey) {
        this.kitKey = kitKey;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public List<String> getPanel() {
        return panel;
    }

    public void setPanel(List<String> panel) {
        this.panel = panel == null ? new ArrayList<>() : new ArrayList<>(panel);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }
}
