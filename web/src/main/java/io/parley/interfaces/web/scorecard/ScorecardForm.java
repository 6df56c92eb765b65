package io.parley.interfaces.web.scorecard;

import io.parley.application.interview.PrepView;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.QuestionNote;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the scorecard page edits, in the shape the page needs: one row per competency (the member's assigned ones
 * first) with the anchors and questions beside the rating, the candidate's questions, deal-breaker flags,
 * take-aways and recommendation. Converts to and from {@link ScorecardContent}; holds whatever the user typed,
 * also when a save is refused.
 */
public class ScorecardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CompetencyRow> competencies = new ArrayList<>();
    private final List<QuestionRow> candidateQuestions = new ArrayList<>();
    private List<String> dealBreakers = new ArrayList<>();
    private String keyTakeaways = "";
    private String recommendation;

    /** One competency: its spec, whether it is the member's, their rating, evidence and notes per question. */
    public static class CompetencyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CompetencySpec spec;
        private final boolean assigned;
        private final List<NoteRow> questions;
        private Integer rating;
        private String evidence = "";

        private final List<SelectItem> scaleItems = new ArrayList<>();

        CompetencyRow(CompetencySpec spec, boolean assigned, List<NoteRow> questions, List<String> scaleLabels) {
            this.spec = spec;
            this.assigned = assigned;
            this.questions = questions;
            for (int point = 1; point <= scaleLabels.size(); point++) {
                String anchor = point <= spec.anchors().size() ? spec.anchors().get(point - 1) : "";
                scaleItems.add(new SelectItem(point, point + " · " + scaleLabels.get(point - 1) + " — " + anchor));
            }
        }

        // the page reads these as properties: EL looks a method call on a record up by reflection every time

        public String getKey() {
            return spec.key();
        }

        public String getName() {
            return spec.name();
        }

        public String getDescription() {
            return spec.description();
        }

        /** The anchored scale as the rating's choices ("3 · Meets — Explains trade-offs..."), made once. */
        public List<SelectItem> getScaleItems() {
            return scaleItems;
        }

        public boolean isAssigned() {
            return assigned;
        }

        public List<NoteRow> getQuestions() {
            return questions;
        }

        public Integer getRating() {
            return rating;
        }

        public void setRating(Integer rating) {
            this.rating = rating;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    /** One of the kit's questions with the member's note. */
    public static class NoteRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final QuestionSpec spec;
        private String note = "";

        NoteRow(long id, QuestionSpec spec) {
            this.id = id;
            this.spec = spec;
        }

        public long getId() {
            return id;
        }

        public String getText() {
            return spec.text();
        }

        public List<String> getProbes() {
            return spec.probes();
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Something the candidate asked, and the answer. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String question = "";
        private String answer = "";

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /**
     * The form for a member: every competency of the kit, theirs first, filled from {@code content}. A note field is
     * offered for the questions the member asks: those their blocks picked, or every question of an assigned
     * competency whose blocks picked none. The other competencies may be rated, without note fields; a question
     * that already has a note keeps its field wherever it is, so no save path ever drops a note.
     */
    public static ScorecardForm of(PrepView prep, List<String> assigned, String member, ScorecardContent content) {
        ScorecardForm form = new ScorecardForm();
        Set<Long> myQuestions = new LinkedHashSet<>();
        for (AgendaItem item : prep.agenda().items()) {
            if (member.equals(item.owner())) {
                myQuestions.addAll(item.questions());
            }
        }
        Map<Long, String> competencyOf = prep.agenda().context().questions();
        Map<Long, String> notes = new HashMap<>();
        content.questionNotes().forEach(note -> notes.put(note.questionId(), note.note()));
        List<String> order = new ArrayList<>(assigned);
        prep.competencies().keySet().stream()
                .filter(key -> !assigned.contains(key))
                .forEach(order::add);
        for (String key : order) {
            CompetencySpec spec = prep.competencies().get(key);
            if (spec == null) {
                continue;
            }
            boolean mine = assigned.contains(key);
            boolean picked = myQuestions.stream().anyMatch(id -> key.equals(competencyOf.get(id)));
            List<NoteRow> rows = new ArrayList<>();
            // in the kit's order (the context's map has none)
            prep.questions().forEach((id, question) -> {
                boolean asked = myQuestions.contains(id) || mine && !picked;
                if (key.equals(competencyOf.get(id)) && (asked || !blank(notes.get(id)))) {
                    NoteRow row = new NoteRow(id, question);
                    row.note = notes.getOrDefault(id, "");
                    rows.add(row);
                }
            });
            CompetencyRow row =
                    new CompetencyRow(spec, mine, rows, prep.kit().ratingScale().labels());
            content.ratingOf(key).ifPresent(r -> {
                row.rating = r.rating();
                row.evidence = r.evidence() == null ? "" : r.evidence();
            });
            form.competencies.add(row);
        }
        for (CandidateQuestion question : content.candidateQuestions()) {
            QuestionRow row = new QuestionRow();
            row.question = question.question();
            row.answer = question.answer() == null ? "" : question.answer();
            form.candidateQuestions.add(row);
        }
        form.dealBreakers = new ArrayList<>(content.dealBreakers());
        form.keyTakeaways = content.keyTakeaways();
        form.recommendation = content.recommendation() == null
                ? null
                : content.recommendation().name();
        return form;
    }

    /**
     * Puts each text the panel wrote through {@code shown}, for a form that is only read (a closed interview): the
     * erased marker in the reader's language (issue 21). Never for a form that can be saved.
     */
    public void showTexts(UnaryOperator<String> shown) {
        for (CompetencyRow row : competencies) {
            row.evidence = shown.apply(row.evidence);
            row.questions.forEach(note -> note.note = shown.apply(note.note));
        }
        for (QuestionRow row : candidateQuestions) {
            row.question = shown.apply(row.question);
            row.answer = shown.apply(row.answer);
        }
        dealBreakers.replaceAll(shown);
        keyTakeaways = shown.apply(keyTakeaways);
    }

    /** The typed form as content; blank rows are left out. */
    public ScorecardContent content() {
        List<Rating> ratings = new ArrayList<>();
        List<QuestionNote> notes = new ArrayList<>();
        for (CompetencyRow row : competencies) {
            if (row.rating != null || !blank(row.evidence)) {
                ratings.add(new Rating(row.spec.key(), row.rating, row.evidence));
            }
            for (NoteRow note : row.questions) {
                if (!blank(note.note)) {
                    notes.add(new QuestionNote(note.id, note.note));
                }
            }
        }
        List<CandidateQuestion> questions = new ArrayList<>();
        for (QuestionRow row : candidateQuestions) {
            if (!blank(row.question)) {
                questions.add(new CandidateQuestion(row.question, row.answer));
            }
        }
        return new ScorecardContent(
                ratings,
                notes,
                questions,
                dealBreakers,
                keyTakeaways,
                blank(recommendation) ? null : Recommendation.valueOf(recommendation));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public void addCandidateQuestion(String text) {
        QuestionRow row = new QuestionRow();
        row.question = text == null ? "" : text;
        candidateQuestions.add(row);
    }

    public void removeCandidateQuestion(QuestionRow row) {
        candidateQuestions.remove(row);
    }

    public List<CompetencyRow> getCompetencies() {
        return competencies;
    }

    public List<QuestionRow> getCandidateQuestions() {
        return candidateQuestions;
    }

    public List<String> getDealBreakers() {
        return dealBreakers;
    }

    public void setDealBreakers(List<String> dealBreakers) {
        this.dealBreakers = dealBreakers == null ? new ArrayList<>() : new ArrayList<>(dealBreakers);
    }

    public String getKeyTakeaways() {
        return keyTakeaways;
    }

    public void setKeyTakeaways(String keyTakeaways) {
        this.keyTakeaways = keyTakeaways;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
