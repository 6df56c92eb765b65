package io.parley.application.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reminder job's schedule on several servers: every server ticks each minute and claims the run for
 * {@link ScorecardReminderTimer#hold(int)}; the lease below decides as {@code JpaJobLeases}' conditional update does
 * ({@code claimed_until <= now}).
 */
class ScorecardReminderTimerTest {

    /** The {@code scheduled_job} row of one job. */
    private static final class Lease {
        Instant claimedUntil;

        boolean claim(Instant now, Duration hold) {
            if (claimedUntil != null && claimedUntil.isAfter(now)) {
                return false;
            }
            claimedUntil = now.plus(hold);
            return true;
        }
    }

    /**
     * Run start times of {@code servers} ticking every minute for {@code minutes}; server 0 dies at minute {@code dies}.
     * With {@code firstFirst} server 0 fires first (so runs the job while it lives), else in random order. {@code ran}
     * gets who ran each run.
     */
    private static List<Instant> runs(
            int everyMinutes, int servers, int minutes, int dies, boolean firstFirst, List<Integer> ran, long seed) {
        Random random = new Random(seed);
        Lease lease = new Lease();
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        List<Instant> runs = new ArrayList<>();
        for (int minute = 0; minute < minutes; minute++) {
            for (int server = 0; server < servers; server++) {
                if (server == 0 && minute >= dies) {
                    continue;
                }
                // a timer fires a little late: milliseconds usually, seconds under load
                long late = firstFirst ? server * 2_000L + random.nextInt(2_000) : random.nextInt(5_000);
                Instant tick = start.plus(Duration.ofMinutes(minute)).plusMillis(late);
                if (lease.claim(tick, ScorecardReminderTimer.hold(everyMinutes))) {
                    runs.add(tick);
                    ran.add(server);
                }
            }
        }
        return runs;
    }

    private static List<Long> gapsInMinutes(List<Instant> runs) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(Math.round(Duration.between(runs.get(i - 1), runs.get(i)).toSeconds() / 60.0));
        }
        return gaps;
    }

    @Test
    void theClaimHoldsForTheIntervalLessHalfAMinute() {
        assertEquals(Duration.ofSeconds(30), ScorecardReminderTimer.hold(1));
        assertEquals(Duration.ofSeconds(14 * 60 + 30), ScorecardReminderTimer.hold(15));
        assertEquals(Duration.ofSeconds(30), ScorecardReminderTimer.hold(0), "less than a minute is a minute");
    }

    @Test
    void ofServersTickingEveryMinuteExactlyOneRunsTheJobOncePerInterval() {
        for (int every : new int[] {1, 2, 5, 15, 60}) {
            for (int servers : new int[] {1, 2, 5}) {
                List<Instant> runs = runs(
                        every, servers, 24 * 60, Integer.MAX_VALUE, false, new ArrayList<>(), every * 31L + servers);
                assertEquals(24 * 60 / every, runs.size(), every + " min, " + servers + " servers");
                for (long gap : gapsInMinutes(runs)) {
                    assertEquals(every, gap, every + " min, " + servers + " servers: " + gapsInMinutes(runs));
                }
            }
        }
    }

    @Test
    void whenTheServerThatRanItDiesAnotherRunsItAtTheNextInterval() {
        for (int every : new int[] {1, 2, 15}) {
            // server 0 fires first and runs the job until it dies at minute 100; server 1 goes on alone
            List<Integer> ran = new ArrayList<>();
            List<Instant> runs = runs(every, 2, 240, 100, true, ran, every);
            assertEquals(240 / every, runs.size(), every + " min: the survivor keeps the pace " + gapsInMinutes(runs));
            assertTrue(
                    gapsInMinutes(runs).stream().allMatch(gap -> gap == every),
                    gapsInMinutes(runs).toString());
            int before = (100 + every - 1) / every;
            assertEquals(List.of(0), ran.subList(0, before).stream().distinct().toList(), "server 0 ran it: " + ran);
            assertEquals(
                    List.of(1),
                    ran.subList(before, ran.size()).stream().distinct().toList(),
                    ran.toString());
        }
    }
}
