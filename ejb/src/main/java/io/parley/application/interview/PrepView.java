package io.parley.application.interview;

import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.QuestionSpec;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a panel member reads before the interview: the interview, its agenda, the pinned kit's content, and the
 * kit's competencies by key and questions by id (the agenda refers to them that way).
 */
public record PrepView(InterviewView interview, AgendaView agenda, KitContent kit,
                       Map<String, CompetencySpec> competencies, Map<Long, QuestionSpec> questions)
        implements Serializable {

    public PrepView {
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /** The prep view of an interview and its agenda. */
    public static PrepView of(io.parley.domain.model.interview.Interview interview,
                              io.parley.domain.model.agenda.Agenda agenda) {
        Map<String, CompetencySpec> competencies = new LinkedHashMap<>();
        Map<Long, QuestionSpec> questions = new LinkedHashMap<>();
        for (var competency : interview.kit().competencies()) {
            competencies.put(competency.key(), competency.spec());
            competency.questions().forEach(q -> questions.put(q.id(), q.spec()));
        }
        return new PrepView(InterviewView.of(interview), AgendaServiceBean.view(interview, agenda),
                interview.kit().content(), competencies, questions);
    }
}
