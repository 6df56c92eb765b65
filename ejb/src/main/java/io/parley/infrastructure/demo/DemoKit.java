package io.parley.infrastructure.demo;

import static io.parley.domain.model.kit.QuestionType.BEHAVIOURAL;
import static io.parley.domain.model.kit.QuestionType.MOTIVATIONAL;
import static io.parley.domain.model.kit.QuestionType.SITUATIONAL;
import static io.parley.domain.model.kit.QuestionType.TECHNICAL;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitPolicy;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.kit.QuestionType;
import io.parley.domain.model.kit.RatingScale;
import io.parley.domain.model.kit.RoleBrief;
import java.util.List;

/** The demo kit {@code backend-engineer-onsite}: a realistic onsite loop for a backend engineer. */
public final class DemoKit {

    public static final String KEY = "backend-engineer-onsite";

    private DemoKit() {}

    public static KitContent content() {
        return new KitContent(
                "Backend Engineer \u2013 Onsite",
                "Engineering",
                "Onsite",
                "The onsite loop for backend engineers in the platform teams: design, code quality, operations, "
                        + "collaboration and ownership, each assessed with the same questions for every candidate.",
                RatingScale.defaultScale(),
                List.of(systemDesign(), codeQuality(), operations(), collaboration(), ownership()),
                List.of(
                        "Has built and run a service in production that other teams depended on",
                        "Writes automated tests as part of normal work, not as an afterthought",
                        "Can explain a technical trade-off to a non-specialist"),
                List.of(
                        "Blames others for incidents and shows no interest in the cause",
                        "Dismisses code review or testing as a waste of time",
                        "Misrepresents their own contribution to a team's work"),
                new RoleBrief(
                        "Our order platform must move from one shared database to services the teams own, without "
                                + "downtime during the peak season, and on-call load has to come down.",
                        "Senior and staff engineering tracks with written expectations; moving between teams after "
                                + "a year is common and supported.",
                        "A yearly learning budget, conference time, and pairing with a mentor in the first three months.",
                        "Quarterly goals agreed with the team, peer feedback twice a year, and the reliability of "
                                + "the services the team owns."),
                List.of(
                        new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Welcome and introductions", 5),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "System design", 25),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "Code, testing and operations", 25),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "Collaboration and ownership", 20),
                        new AgendaBlockTemplate(AgendaBlockKind.PITCH, "The team, the platform and the role", 10),
                        new AgendaBlockTemplate(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions for us", 15),
                        new AgendaBlockTemplate(AgendaBlockKind.WRAP_UP, "Wrap-up and next steps", 5)),
                new KitPolicy(10, 2));
    }

    private static CompetencySpec systemDesign() {
        return new CompetencySpec(
                "system-design",
                "System design",
                "Shapes a service so it meets its load, failure and change requirements, and explains the trade-offs.",
                true,
                3,
                List.of(
                        "Jumps to a favourite technology; cannot say what the system must handle or how it fails.",
                        "Sketches a workable design but misses major failure modes or data consistency questions.",
                        "Clarifies requirements first, designs for the stated load and failures, names the trade-offs.",
                        "Also quantifies limits, plans migration and operation, and adapts cleanly when a requirement changes."),
                List.of(
                        question(
                                TECHNICAL,
                                "Design a service that reserves stock for orders during a flash sale.",
                                List.of("What happens when the database is slow?", "How do you avoid overselling?"),
                                "Asks about volumes; separates reservation from payment; handles retries idempotently.",
                                15),
                        question(
                                BEHAVIOURAL,
                                "Tell me about a design of yours that did not survive contact with production.",
                                List.of("What did you change?", "What would you design differently today?"),
                                "Owns the mistake, explains the cause and what the team learned.",
                                8)));
    }

    private static CompetencySpec codeQuality() {
        return new CompetencySpec(
                "code-quality",
                "Code quality and testing",
                "Writes code others can change safely: clear structure, meaningful tests, reviews that help.",
                true,
                2,
                List.of(
                        "Sees tests and review as overhead; cannot describe what makes code easy to change.",
                        "Writes some tests, mostly after the fact; reviews focus on style only.",
                        "Tests behaviour at the right level, keeps changes small, gives specific and kind review comments.",
                        "Raises the team's standard: introduces practices others adopt and explains why they pay off."),
                List.of(
                        question(
                                BEHAVIOURAL,
                                "Tell me about a time a test suite saved you, or failed you.",
                                List.of("What kind of test was it?", "What did you change afterwards?"),
                                "Concrete example; knows the difference between brittle and useful tests.",
                                8),
                        question(
                                TECHNICAL,
                                "Here is a 40-line function from our codebase. How would you make it safe to change?",
                                List.of("Where would you start?", "What would you not touch?"),
                                "Adds characterisation tests first, refactors in small steps, keeps behaviour.",
                                12)));
    }

    private static CompetencySpec operations() {
        return new CompetencySpec(
                "debugging-operations",
                "Debugging and operations",
                "Finds the cause of problems in running systems methodically and makes them less likely to recur.",
                true,
                2,
                List.of(
                        "Guesses and restarts; no method for narrowing down a problem.",
                        "Finds causes with help; relies on one tool; rarely follows up after an incident.",
                        "Forms and tests hypotheses using logs, metrics and traces; writes a useful follow-up.",
                        "Designs observability in advance and leads blameless reviews that change how the team works."),
                List.of(
                        question(
                                SITUATIONAL,
                                "Checkout latency doubled ten minutes ago and nothing was deployed. What do you do?",
                                List.of("Which signal do you look at first?", "When do you escalate?"),
                                "Stabilises first, then narrows down systematically; communicates status.",
                                10),
                        question(
                                BEHAVIOURAL,
                                "Tell me about the hardest production incident you worked on.",
                                List.of("What was your part?", "What changed afterwards?"),
                                "Clear timeline, own role stated honestly, lasting fix rather than a patch.",
                                8)));
    }

    private static CompetencySpec collaboration() {
        return new CompetencySpec(
                "collaboration",
                "Collaboration and communication",
                "Works with product, design and other teams; disagrees openly and keeps people informed.",
                false,
                1,
                List.of(
                        "Works alone; disagreement turns personal or is avoided.",
                        "Cooperates when asked; shares information late or only with some people.",
                        "Seeks other views early, disagrees with reasons, commits once decided, keeps others informed.",
                        "Builds shared understanding across teams and helps others resolve conflicts."),
                List.of(
                        question(
                                BEHAVIOURAL,
                                "Tell me about a time you disagreed with a product decision.",
                                List.of("How did you raise it?", "What happened in the end?"),
                                "Raises it with evidence, listens, commits to the outcome.",
                                8),
                        question(
                                SITUATIONAL,
                                "Another team's API change will break your service next week. What do you do?",
                                List.of("Who do you talk to first?"),
                                "Talks to the other team directly, proposes options, makes the risk visible.",
                                6)));
    }

    private static CompetencySpec ownership() {
        return new CompetencySpec(
                "ownership-learning",
                "Ownership and learning",
                "Takes responsibility for outcomes, not just tasks, and keeps learning.",
                false,
                1,
                List.of(
                        "Stops at \"my ticket is done\"; cannot name something recently learned.",
                        "Finishes work reliably; learning happens only when required.",
                        "Follows work through to the user outcome and seeks feedback and new skills deliberately.",
                        "Spots gaps nobody owns, closes them, and helps others grow."),
                List.of(
                        question(
                                BEHAVIOURAL,
                                "Tell me about something you owned end to end that you are proud of.",
                                List.of("How did you know it worked for users?"),
                                "Clear outcome, measured impact, honest about what went wrong.",
                                8),
                        question(
                                MOTIVATIONAL,
                                "What do you want to learn in your next role, and why here?",
                                List.of("What would make you leave a job after a year?"),
                                "A specific goal that this role can support; realistic expectations.",
                                5)));
    }

    private static QuestionSpec question(
            QuestionType type, String text, List<String> probes, String guidance, int minutes) {
        return new QuestionSpec(type, text, probes, guidance, minutes);
    }
}
