package io.parley.domain.model.agenda;

import java.io.Serializable;
import java.util.List;

/**
 * One broken agenda rule. {@code code} is the message key (and names the rule in API problem details),
 * {@code path} is {@code agenda} or {@code items[i]} so a page can show it where it arises.
 */
public record AgendaViolation(String code, String path, List<Object> arguments) implements Serializable {

    public static final String MINUTES_MISMATCH = "agenda.rule.minutesMismatch";
    public static final String NO_CANDIDATE_BLOCK = "agenda.rule.noCandidateBlock";
    public static final String CANDIDATE_BLOCK_TOO_SHORT = "agenda.rule.candidateBlockTooShort";
    public static final String COMPETENCY_UNDERCOVERED = "agenda.rule.competencyUndercovered";
    public static final String MEMBER_WITHOUT_BLOCK = "agenda.rule.memberWithoutBlock";
    public static final String OWNER_NOT_ON_PANEL = "agenda.rule.ownerNotOnPanel";
    public static final String BLOCK_WITHOUT_OWNER = "agenda.rule.blockWithoutOwner";
    public static final String UNKNOWN_COMPETENCY = "agenda.rule.unknownCompetency";
    public static final String UNKNOWN_QUESTION = "agenda.rule.unknownQuestion";

    public AgendaViolation {
        arguments = List.copyOf(arguments);
    }

    static AgendaViolation of(String code, String path, Object... arguments) {
        return new AgendaViolation(code, path, List.of(arguments));
    }
}
