package io.parley.domain.model.scorecard;

import java.util.Optional;

/**
 * The blind rule: until a panel member has submitted their own scorecard they see nothing of anyone else's (no
 * ratings, evidence, recommendation, nor any count or aggregate). After submitting they see the others'
 * submitted scorecards. The lead follows the same rule. hr-admins and the ATS, when not on the panel, see
 * submitted scorecards; nobody else sees any. Drafts are never shown to anyone but their author. Once the debrief
 * is open, the lead reads the submitted scorecards even without one of their own (feedback was closed early; the
 * lead can no longer submit then).
 */
public final class BlindRule {

    private BlindRule() {}

    /**
     * Whether a reader may see the panel's submitted scorecards.
     *
     * @param member         the reader sits on the panel
     * @param submittedOwn   the reader has submitted their own scorecard for this interview
     * @param oversight      the reader is an hr-admin or the ATS
     * @param leadInDebrief  the reader leads the interview and its debrief is open
     */
    public static boolean maySeeOthers(boolean member, boolean submittedOwn, boolean oversight, boolean leadInDebrief) {
        return member ? submittedOwn || leadInDebrief : oversight;
    }

    /**
     * Why such a reader sees none of the panel's scorecards, as a message code ({@code scorecard.blind} for a member
     * who has not submitted, {@code scorecard.notAllowed} for anyone else), or empty when they may see them.
     */
    public static Optional<String> refusal(
            boolean member, boolean submittedOwn, boolean oversight, boolean leadInDebrief) {
        return maySeeOthers(member, submittedOwn, oversight, leadInDebrief)
                ? Optional.empty()
                : Optional.of(member ? "scorecard.blind" : "scorecard.notAllowed");
    }
}
