package io.parley.application.interview;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.kit.QuestionSpec;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a panel member reads before the interview: the interview, its agenda, the pinned kit's content, and the
 * kit's competencies by key and questions by id (the agenda refers to them that way).
 */
public record PrepView(
        InterviewView interview,
        AgendaView agenda,
        KitContent kit,
        Map<String, CompetencySpec> competencies,
        Map<Long, QuestionSpec> questions)
        implements Serializable {

    public PrepView {
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /** The prep view of an interview, its agenda and the kit version it is pinned to. */
    public static PrepView of(Interview interview, Agenda agenda, PinnedKit kit) {
        return new PrepView(
                InterviewView.of(interview, kit),
                AgendaServiceBean.view(interview, agenda, kit),
                kit.content(),
                kit.competencies(),
                kit.questions());
    }
}
