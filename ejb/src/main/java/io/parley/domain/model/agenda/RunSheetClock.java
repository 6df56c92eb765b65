package io.parley.domain.model.agenda;

import io.parley.domain.model.kit.AgendaBlockKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock of a running interview at one moment: per block its planned minutes, the time it is allotted now,
 * the time it took (or has taken so far), and whether it runs over. An overrun takes its time from the following
 * scored blocks, in order; the candidate-questions block is never shortened, and what the scored blocks cannot
 * absorb makes the interview run long ({@link #overtimeSeconds()}).
 *
 * @param blocks               every block in agenda order
 * @param current              the running block's index, or -1
 * @param candidateSecondsLeft how much of the candidate-questions block is still to come (0 once it is over)
 * @param candidateTimeHeld    whether the candidate block got its planned time (null until it has ended)
 * @param overtimeSeconds      overrun no scored block could absorb
 */
public record RunSheetClock(
        List<BlockClock> blocks,
        int current,
        long candidateSecondsLeft,
        Boolean candidateTimeHeld,
        long overtimeSeconds)
        implements Serializable {

    /** Slack in judging whether the candidate's time was held: a minute. */
    public static final long HELD_TOLERANCE_SECONDS = 60;

    public RunSheetClock {
        blocks = List.copyOf(blocks);
    }

    /** Where one block stands. */
    public enum State {
        DONE,
        CURRENT,
        UPCOMING
    }

    /** One block's clock. */
    public record BlockClock(
            int position,
            AgendaBlockKind kind,
            String title,
            String owner,
            int plannedMinutes,
            long allottedSeconds,
            long elapsedSeconds,
            State state)
            implements Serializable {

        public boolean overrunning() {
            return state != State.UPCOMING && elapsedSeconds > allottedSeconds;
        }

        /** Seconds left in the allotment (negative when over). */
        public long remainingSeconds() {
            return allottedSeconds - elapsedSeconds;
        }

        /** The allotment in whole minutes, for display. */
        public long allottedMinutes() {
            return allottedSeconds / 60;
        }

        public boolean shortened() {
            return allottedSeconds < plannedMinutes * 60L;
        }
    }

    public static RunSheetClock of(List<AgendaItem> items, List<BlockTiming> timings, Instant now) {
        List<BlockClock> clocks = new ArrayList<>();
        long debt = 0;
        int current = -1;
        long candidateLeft = 0;
        Boolean held = null;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            long allotted = item.minutes() * 60L;
            if (item.kind() == AgendaBlockKind.COMPETENCY && debt > 0) {
                long taken = Math.min(debt, allotted);
                allotted -= taken;
                debt -= taken;
            }
            State state = State.UPCOMING;
            long elapsed = 0;
            if (i < timings.size()) {
                BlockTiming timing = timings.get(i);
                elapsed = timing.seconds(now);
                state = timing.endedAt() == null ? State.CURRENT : State.DONE;
                debt += Math.max(0, elapsed - allotted);
            }
            if (state == State.CURRENT) {
                current = i;
            }
            if (item.kind() == AgendaBlockKind.CANDIDATE_QUESTIONS) {
                candidateLeft += state == State.DONE ? 0 : Math.max(0, allotted - elapsed);
                if (state == State.DONE) {
                    held = (held == null || held) && elapsed + HELD_TOLERANCE_SECONDS >= allotted;
                }
            }
            clocks.add(new BlockClock(
                    i, item.kind(), item.title(), item.owner(), item.minutes(), allotted, elapsed, state));
        }
        return new RunSheetClock(clocks, current, candidateLeft, held, debt);
    }

    public long candidateMinutesLeft() {
        return (candidateSecondsLeft + 59) / 60;
    }

    /** The running block, if any. */
    public Optional<BlockClock> running() {
        return current < 0 ? Optional.empty() : Optional.of(blocks.get(current));
    }
}
