package io.parley.domain.model.agenda;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreed agenda while the interview runs: the actual start and end of each block, in agenda order (block
 * {@code i} of the timings is agenda item {@code i}). Start begins the first block, next ends the current block and
 * begins the following one, end closes the interview. The clock per block is {@link RunSheetClock}.
 */
@Entity
@Table(name = "run_sheet")
public class RunSheet {

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "run_sheet_block", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    private List<BlockTiming> blocks = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected RunSheet() {
        // for JPA
    }

    public RunSheet(long interviewId) {
        this.interviewId = interviewId;
    }

    /** Starts the interview with its first block. */
    public void start(int blockCount, Instant at) {
        if (startedAt != null) {
            throw new DomainException("runSheet.alreadyStarted");
        }
        if (blockCount < 1) {
            throw new DomainException("runSheet.noBlocks");
        }
        startedAt = at;
        blocks.add(new BlockTiming(at, null));
    }

    /** Ends the current block and starts the next; after the last block, ends the interview. */
    public void next(int blockCount, Instant at) {
        requireRunning();
        closeCurrent(at);
        if (blocks.size() < blockCount) {
            blocks.add(new BlockTiming(at, null));
        } else {
            endedAt = at;
        }
    }

    /** Ends the current block and the interview. */
    public void end(Instant at) {
        requireRunning();
        closeCurrent(at);
        endedAt = at;
    }

    private void closeCurrent(Instant at) {
        int last = blocks.size() - 1;
        blocks.set(last, blocks.get(last).endedAt(at));
    }

    private void requireRunning() {
        if (startedAt == null) {
            throw new DomainException("runSheet.notStarted");
        }
        if (endedAt != null) {
            throw new DomainException("runSheet.ended");
        }
    }

    public long interviewId() {
        return interviewId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public boolean running() {
        return startedAt != null && endedAt == null;
    }

    /** The index of the running block, or -1. */
    public int current() {
        return running() ? blocks.size() - 1 : -1;
    }

    public List<BlockTiming> blocks() {
        return List.copyOf(blocks);
    }

    public long version() {
        return version;
    }
}
