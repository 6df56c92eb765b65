package io.parley.domain.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: runs of scheduled work shared by every server of a deployment group. Each server's timer fires (Payara's
 * non-persistent timers fire on every instance); only the one that claims the run does the work.
 */
public interface JobLeases {

    /**
     * Claims the run of {@code job} at {@code now} for {@code hold} (a little less than the job's period): true for
     * exactly one caller while the claim holds, whichever server asks; false for the others. A claim of a server that
     * died runs out after {@code hold}, so the job carries on elsewhere.
     */
    boolean claim(String job, Instant now, Duration hold);

    /**
     * Makes the caller's transaction the only run of {@code job} until it ends: a second run asking meanwhile waits,
     * then sees what the first one wrote. Runs that overlap although each claimed its own (one outlasting its claim,
     * or a run started without a claim, as the tests' trigger does) so do not do the work twice.
     */
    void exclusively(String job);
}
