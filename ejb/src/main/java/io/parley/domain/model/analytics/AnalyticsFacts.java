package io.parley.domain.model.analytics;

/** Where the analytics facts are written: once per interview, in the transaction that opens its debrief. */
public interface AnalyticsFacts {

    /** Records the interview whose ratings were frozen just now (its debrief opened). */
    void debriefOpened(long interviewId);
}
