package io.parley.domain.model.agenda;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The agenda of one interview (its primary key is the interview's id). The lead or a recruiter edits it, proposes
 * it, and every panel member approves or asks for changes; when all have approved it is agreed. Any edit after the
 * proposal clears every approval and is written to the history. The rules of {@link AgendaRules} hold on every
 * save and on propose. {@link #version()} is the optimistic-lock version that callers send back.
 */
@Entity
@Table(name = "agenda")
public class Agenda {

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AgendaStatus status;

    // lazy: My interviews reads twenty agendas for their status and approvals only; where the items are read, the
    // batch fetch still brings them in one statement
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<AgendaItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_approval", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<Approval> approvals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agenda_change", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    private List<AgendaChange> history = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected Agenda() {
        // for JPA
    }

    private Agenda(long interviewId, List<AgendaItem> items, List<String> panel, String by, Instant at) {
        this.interviewId = interviewId;
        this.status = AgendaStatus.DRAFT;
        this.items.addAll(items);
        panel.forEach(member -> approvals.add(Approval.pending(member)));
        history.add(new AgendaChange(at, by, "created", "Agenda created from the kit's template."));
    }

    /**
     * The kit's template for a new interview: the lead hosts the welcome, pitch, candidate-questions and wrap-up
     * blocks, and the competency blocks go round the panel, so every member starts with a block to own.
     */
    public static Agenda fromTemplate(
            long interviewId,
            List<AgendaBlockTemplate> template,
            List<String> panel,
            String lead,
            String by,
            Instant at) {
        List<AgendaItem> items = new ArrayList<>();
        List<String> others =
                panel.stream().filter(member -> !member.equals(lead)).toList();
        int next = 0;
        for (AgendaBlockTemplate block : template) {
            String owner = lead;
            if (block.kind() == AgendaBlockKind.COMPETENCY && !others.isEmpty()) {
                owner = others.get(next++ % others.size());
            }
            items.add(new AgendaItem(block.kind(), block.title(), block.minutes(), owner, List.of(), List.of()));
        }
        return new Agenda(interviewId, items, panel, by, at);
    }

    /**
     * Replaces the blocks, or refuses with every broken rule. After a proposal every approval is cleared and an
     * agreed agenda is open again. Returns {@code true} when an agreement was undone.
     */
    public boolean revise(List<AgendaItem> newItems, AgendaContext context, String by, Instant at) {
        requireRules(newItems, context);
        String summary = AgendaDiff.describe(items, newItems);
        boolean wasAgreed = status == AgendaStatus.AGREED;
        items.clear();
        items.addAll(newItems);
        if (status != AgendaStatus.DRAFT) {
            status = AgendaStatus.PROPOSED;
            resetApprovals(context.panel());
            summary = summary + " Every approval was cleared.";
        }
        history.add(new AgendaChange(at, by, "edited", summary));
        return wasAgreed;
    }

    /** Asks every panel member to approve; the rules must hold. */
    public void propose(AgendaContext context, String by, Instant at) {
        if (status == AgendaStatus.AGREED) {
            throw new DomainException("agenda.alreadyAgreed");
        }
        requireRules(items, context);
        status = AgendaStatus.PROPOSED;
        resetApprovals(context.panel());
        history.add(new AgendaChange(at, by, "proposed", "Proposed to the panel for approval."));
    }

    /**
     * One member approves; returns {@code true} when that makes the agenda agreed. The rules are checked again
     * (against the interview as it is now), so an agenda that breaks one can never become agreed.
     */
    public boolean approve(String member, AgendaContext context, Instant at) {
        int index = answerable(member);
        requireRules(items, context);
        approvals.set(index, new Approval(member, ApprovalState.APPROVED, null, at));
        history.add(new AgendaChange(at, member, "approved", "Approved."));
        if (approvals.stream().allMatch(a -> a.state() == ApprovalState.APPROVED)) {
            status = AgendaStatus.AGREED;
            history.add(new AgendaChange(at, member, "agreed", "Every panel member approved: the agenda is agreed."));
            return true;
        }
        return false;
    }

    /**
     * Replaces the candidate's name in what the panel wrote into this agenda (block titles, change requests, the
     * history) by their pseudonym (issue 21); blocks, owners, minutes, approvals and times stay. No rule is checked
     * and no history is added: the interview is closed.
     */
    public void anonymize(NameScrubber scrubber) {
        items.replaceAll(item -> item.scrubbed(scrubber));
        approvals.replaceAll(approval -> approval.scrubbed(scrubber));
        history.replaceAll(change -> change.scrubbed(scrubber));
    }

    public void requestChanges(String member, String comment, Instant at) {
        String text = Texts.required(comment, Approval.MAX_COMMENT_LENGTH, "comment");
        int index = answerable(member);
        approvals.set(index, new Approval(member, ApprovalState.CHANGES_REQUESTED, text, at));
        history.add(new AgendaChange(at, member, "changesRequested", "Asked for changes: " + text));
    }

    /**
     * The interview changed under the agenda: its duration, its panel or both ({@code what} says how, in words for
     * the history). Blocks owned by members who left lose their owner, every member of the new panel owes a new
     * answer, and the agenda rules are checked again. An agenda that no longer satisfies them goes back to
     * {@link AgendaStatus#DRAFT} for editing; one that still does waits for the panel's approvals again. Returns
     * {@code true} when an agreement was undone.
     */
    public boolean interviewChanged(AgendaContext context, String what, String by, Instant at) {
        boolean wasAgreed = status == AgendaStatus.AGREED;
        List<AgendaItem> kept = items.stream()
                .map(item -> item.owner() == null || context.panel().contains(item.owner()) ? item : item.unowned())
                .toList();
        items.clear();
        items.addAll(kept);
        resetApprovals(context.panel());
        boolean broken = !AgendaRules.check(items, context).isEmpty();
        if (broken && status != AgendaStatus.DRAFT) {
            status = AgendaStatus.DRAFT;
            history.add(new AgendaChange(
                    at,
                    by,
                    AgendaChange.REOPENED,
                    what + " The agenda no longer satisfies its "
                            + "rules and is back for editing; every approval was cleared."));
        } else if (status != AgendaStatus.DRAFT) {
            status = AgendaStatus.PROPOSED;
            history.add(new AgendaChange(at, by, "edited", what + " Every approval was cleared."));
        } else {
            history.add(new AgendaChange(at, by, "edited", what));
        }
        return wasAgreed;
    }

    /** The change that sent the agenda back for editing, while it is still waiting to be edited and proposed. */
    public Optional<AgendaChange> reopening() {
        if (status != AgendaStatus.DRAFT || history.isEmpty()) {
            return Optional.empty();
        }
        AgendaChange last = history.get(history.size() - 1);
        return AgendaChange.REOPENED.equals(last.action()) ? Optional.of(last) : Optional.empty();
    }

    private int answerable(String member) {
        if (status != AgendaStatus.PROPOSED) {
            throw new DomainException(status == AgendaStatus.AGREED ? "agenda.alreadyAgreed" : "agenda.notProposed");
        }
        for (int i = 0; i < approvals.size(); i++) {
            if (approvals.get(i).member().equals(member)) {
                return i;
            }
        }
        throw new DomainException("agenda.notOnPanel", member);
    }

    private void resetApprovals(List<String> panel) {
        approvals.clear();
        panel.forEach(member -> approvals.add(Approval.pending(member)));
    }

    private static void requireRules(List<AgendaItem> items, AgendaContext context) {
        List<AgendaViolation> violations = AgendaRules.check(items, context);
        if (!violations.isEmpty()) {
            throw new AgendaRuleException(violations);
        }
    }

    /**
     * The competencies {@code member}'s own blocks cover, in agenda order, counted as the rules count coverage
     * ({@link AgendaItem#coveredCompetencies}): what that member's scorecard must rate.
     */
    public List<String> competenciesCoveredBy(String member, Map<Long, String> questionCompetencies) {
        Set<String> covered = new LinkedHashSet<>();
        items.stream()
                .filter(item -> member.equals(item.owner()))
                .forEach(item -> covered.addAll(item.coveredCompetencies(questionCompetencies)));
        return List.copyOf(covered);
    }

    public long interviewId() {
        return interviewId;
    }

    public AgendaStatus status() {
        return status;
    }

    public List<AgendaItem> items() {
        return List.copyOf(items);
    }

    public List<Approval> approvals() {
        return List.copyOf(approvals);
    }

    public ApprovalState approvalOf(String member) {
        return approvals.stream()
                .filter(a -> Objects.equals(a.member(), member))
                .map(Approval::state)
                .findFirst()
                .orElse(ApprovalState.PENDING);
    }

    public List<AgendaChange> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
