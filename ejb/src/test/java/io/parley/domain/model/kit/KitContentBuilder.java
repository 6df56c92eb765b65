package io.parley.domain.model.kit;

import java.util.ArrayList;
import java.util.List;

/** Test data: kit content that is publishable unless a {@code with...} method breaks one rule on purpose. */
public final class KitContentBuilder {

    private String name = "Data Engineer \u2013 Onsite";
    private RatingScale scale = RatingScale.defaultScale();
    private final List<CompetencySpec> competencies = new ArrayList<>();
    private final List<AgendaBlockTemplate> agenda = new ArrayList<>();
    private KitPolicy policy = KitPolicy.defaultPolicy();

    private KitContentBuilder() {}

    public static KitContentBuilder aPublishableKit() {
        KitContentBuilder builder = new KitContentBuilder();
        builder.competencies.add(competency("SQL and data modelling", 4, true));
        builder.competencies.add(competency("Stakeholder communication", 4, false));
        builder.agenda.add(new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Welcome", 5));
        builder.agenda.add(new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "Competencies", 35));
        builder.agenda.add(new AgendaBlockTemplate(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 15));
        builder.agenda.add(new AgendaBlockTemplate(AgendaBlockKind.WRAP_UP, "Wrap-up", 5));
        return builder;
    }

    public static CompetencySpec competency(String name, int anchors, boolean required) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= anchors; i++) {
            texts.add(name + ": what a " + i + " looks like");
        }
        return new CompetencySpec(
                null,
                name,
                "What " + name + " means here",
                required,
                2,
                texts,
                List.of(new QuestionSpec(
                        QuestionType.BEHAVIOURAL,
                        "Tell me about a time you used " + name + ".",
                        List.of("What was your part?"),
                        "A concrete example.",
                        8)));
    }

    public KitContentBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    public KitContentBuilder withoutCompetencies() {
        competencies.clear();
        return this;
    }

    public KitContentBuilder withCompetency(CompetencySpec competency) {
        competencies.add(competency);
        return this;
    }

    /** The second competency loses the anchor of its last scale point. */
    public KitContentBuilder withCompetencyMissingAnchor() {
        CompetencySpec c = competencies.get(1);
        List<String> anchors = new ArrayList<>(c.anchors());
        anchors.set(anchors.size() - 1, " ");
        competencies.set(
                1,
                new CompetencySpec(
                        c.key(), c.name(), c.description(), c.required(), c.weight(), anchors, c.questions()));
        return this;
    }

    /** The second competency has no question. */
    public KitContentBuilder withCompetencyWithoutQuestions() {
        CompetencySpec c = competencies.get(1);
        competencies.set(
                1,
                new CompetencySpec(
                        c.key(), c.name(), c.description(), c.required(), c.weight(), c.anchors(), List.of()));
        return this;
    }

    public KitContentBuilder withoutCandidateBlock() {
        agenda.removeIf(block -> block.kind() == AgendaBlockKind.CANDIDATE_QUESTIONS);
        return this;
    }

    public KitContentBuilder withCandidateBlockOf(int minutes) {
        agenda.replaceAll(block -> block.kind() == AgendaBlockKind.CANDIDATE_QUESTIONS
                ? new AgendaBlockTemplate(block.kind(), block.title(), minutes)
                : block);
        return this;
    }

    /** Adds a 0-minute pitch block at index 2. */
    public KitContentBuilder withZeroMinuteBlock() {
        agenda.add(2, new AgendaBlockTemplate(AgendaBlockKind.PITCH, "The role", 0));
        return this;
    }

    public KitContentBuilder withScale(String... labels) {
        this.scale = new RatingScale(List.of(labels));
        return this;
    }

    public KitContentBuilder withPolicy(int candidateMinutes, int interviewers) {
        this.policy = new KitPolicy(candidateMinutes, interviewers);
        return this;
    }

    public KitContent build() {
        return new KitContent(
                name,
                "Data",
                "Onsite",
                "A kit for tests.",
                scale,
                competencies,
                List.of("Has shipped a data pipeline to production"),
                List.of("Hides data quality problems"),
                new RoleBrief("Messy data", "Staff track", "Conference budget", "Quarterly goals"),
                agenda,
                policy);
    }
}
