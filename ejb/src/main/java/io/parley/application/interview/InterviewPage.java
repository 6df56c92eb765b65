package io.parley.application.interview;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the interview page and the agenda editor show, read in one transaction: the interview with its scorecard
 * states, its agenda, and the panel's display names by username.
 *
 * @param scorecardsHidden why the blind rule hides the panel's submitted scorecards from the caller (a message code),
 *                         or null when they may read them; pages ask for those only then
 * @param departed the panel members who have left Parley while the interview is open, with what is pending from them
 */
public record InterviewPage(
        InterviewView interview,
        AgendaView agenda,
        Map<String, String> names,
        String scorecardsHidden,
        List<DepartedMember> departed)
        implements Serializable {

    public InterviewPage {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        departed = List.copyOf(departed);
    }
}
