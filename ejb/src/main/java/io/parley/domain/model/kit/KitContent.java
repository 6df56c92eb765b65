package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an HR admin edits in a kit, as one immutable value: what a draft is revised with, what a new
 * version copies and what the JSON export carries. Two kits with equal content are the same kit.
 */
public record KitContent(
        String name,
        String roleFamily,
        String stage,
        String description,
        RatingScale ratingScale,
        List<CompetencySpec> competencies,
        List<String> mustHaves,
        List<String> dealBreakers,
        RoleBrief roleBrief,
        List<AgendaBlockTemplate> agendaTemplate,
        KitPolicy policy)
        implements Serializable {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SHORT_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_LINE_LENGTH = 500;
    public static final int MAX_COMPETENCIES = 30;

    public KitContent {
        name = Texts.required(name, MAX_NAME_LENGTH, "name");
        roleFamily = Texts.optional(roleFamily, MAX_SHORT_LENGTH, "role family");
        stage = Texts.optional(stage, MAX_SHORT_LENGTH, "stage");
        description = Texts.optional(description, MAX_DESCRIPTION_LENGTH, "description");
        Objects.requireNonNull(ratingScale, "rating scale");
        RatingScale scale = ratingScale;
        if (competencies.size() > MAX_COMPETENCIES) {
            throw new DomainException("kit.competency.tooMany", MAX_COMPETENCIES);
        }
        competencies = competencies.stream().map(c -> c.fittedTo(scale)).toList();
        Set<String> keys = new HashSet<>();
        for (CompetencySpec competency : competencies) {
            if (!keys.add(competency.key())) {
                throw new DomainException("kit.competency.duplicateKey", competency.key());
            }
        }
        mustHaves = Texts.lines(mustHaves, MAX_LINE_LENGTH, "must-have");
        dealBreakers = Texts.lines(dealBreakers, MAX_LINE_LENGTH, "deal-breaker");
        roleBrief = roleBrief == null ? RoleBrief.empty() : roleBrief;
        agendaTemplate = List.copyOf(agendaTemplate);
        policy = policy == null ? KitPolicy.defaultPolicy() : policy;
    }

    /** A fresh draft's content: the default scale and policy and a one-hour agenda template. */
    public static KitContent starter(String name) {
        return new KitContent(
                name,
                "",
                "",
                "",
                RatingScale.defaultScale(),
                List.of(),
                List.of(),
                List.of(),
                RoleBrief.empty(),
                List.of(
                        new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Welcome and introductions", 5),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "Competency questions", 30),
                        new AgendaBlockTemplate(AgendaBlockKind.PITCH, "The company and the role", 10),
                        new AgendaBlockTemplate(AgendaBlockKind.CANDIDATE_QUESTIONS, "The candidate's questions", 10),
                        new AgendaBlockTemplate(AgendaBlockKind.WRAP_UP, "Wrap-up and next steps", 5)),
                KitPolicy.defaultPolicy());
    }

    /** Every reason this content cannot be published, in page order; empty when it can be. */
    public List<KitViolation> publishingViolations() {
        List<KitViolation> violations = new ArrayList<>();
        if (competencies.isEmpty()) {
            violations.add(KitViolation.of(KitViolation.NO_COMPETENCY, "competencies"));
        }
        for (int i = 0; i < competencies.size(); i++) {
            CompetencySpec competency = competencies.get(i);
            if (!competency.anchorsComplete(ratingScale)) {
                violations.add(KitViolation.of(
                        KitViolation.MISSING_ANCHOR,
                        "competencies[" + i + "].anchors",
                        competency.name(),
                        ratingScale.points()));
            }
            if (competency.questions().isEmpty()) {
                violations.add(KitViolation.of(
                        KitViolation.NO_QUESTION, "competencies[" + i + "].questions", competency.name()));
            }
        }
        int candidateMinutes = agendaTemplate.stream()
                .filter(b -> b.kind() == AgendaBlockKind.CANDIDATE_QUESTIONS)
                .mapToInt(AgendaBlockTemplate::minutes)
                .max()
                .orElse(-1);
        if (candidateMinutes < 0) {
            violations.add(
                    KitViolation.of(KitViolation.NO_CANDIDATE_BLOCK, "agenda", policy.minCandidateQuestionMinutes()));
        } else if (candidateMinutes < policy.minCandidateQuestionMinutes()) {
            violations.add(KitViolation.of(
                    KitViolation.CANDIDATE_BLOCK_TOO_SHORT,
                    "agenda",
                    candidateMinutes,
                    policy.minCandidateQuestionMinutes()));
        }
        for (int i = 0; i < agendaTemplate.size(); i++) {
            if (agendaTemplate.get(i).minutes() == 0) {
                violations.add(KitViolation.of(
                        KitViolation.ZERO_MINUTE_BLOCK,
                        "agenda[" + i + "].minutes",
                        agendaTemplate.get(i).title()));
            }
        }
        return List.copyOf(violations);
    }

    public int agendaMinutes() {
        return agendaTemplate.stream().mapToInt(AgendaBlockTemplate::minutes).sum();
    }

    /** This content with another name (an imported kit whose name is taken, a new draft). */
    public KitContent withName(String newName) {
        return new KitContent(
                newName,
                roleFamily,
                stage,
                description,
                ratingScale,
                competencies,
                mustHaves,
                dealBreakers,
                roleBrief,
                agendaTemplate,
                policy);
    }
}
