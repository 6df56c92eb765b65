package io.parley.application.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * How closely panels followed the structured process (Campion, Palmer and Campion 1997), over the interviews in the
 * filter whose debrief has opened.
 */
public record AdherenceReport(
        long interviews,
        Rate agendaAgreedBeforeStart,
        Rate candidateMinutesHeld,
        Rate scorecardsBeforeDebrief,
        Rate decisionsAgainstScore,
        List<CompetencyDisagreement> disagreements,
        List<QuestionExposure> questions)
        implements Serializable {

    public AdherenceReport {
        disagreements = List.copyOf(disagreements);
        questions = List.copyOf(questions);
    }

    /** {@code count} of {@code of}; {@code share} is null when {@code of} is 0. */
    public record Rate(long count, long of) implements Serializable {
        public Double share() {
            return of == 0 ? null : (double) count / of;
        }
    }

    /** Units of one competency with a spread of two points or more, of its units. */
    public record CompetencyDisagreement(String key, String name, Rate units) implements Serializable {}

    /** How many interviews in the filter asked one question (agreed agendas), most asked first. */
    public record QuestionExposure(long questionId, String competencyKey, String text, long interviews)
            implements Serializable {}
}
