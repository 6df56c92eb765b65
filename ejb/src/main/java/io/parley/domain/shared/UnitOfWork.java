package io.parley.domain.shared;

/**
 * A port: the changes of the current transaction, as the application services need them besides the repositories.
 * Writing them now turns a concurrent change or a database constraint into a clear refusal instead of a failed
 * commit.
 */
public interface UnitOfWork {

    /** The refusal of a change based on a version someone else has changed since. */
    String STALE = "conflict.stale";

    /** The same, when two saves met at the same moment and who won is not known here. */
    String STALE_RACE = "conflict.staleRace";

    /** Writes the changes now; a lost race is {@link #STALE_RACE}, any other failure {@code failureCode}. */
    void flush(String failureCode);

    /** {@code aggregate} changed (perhaps in its child rows only): its version moves on at the next write. */
    void changed(Object aggregate);

    /** Locks {@code aggregate}'s row until the transaction ends (one change of it at a time). */
    void lockForUpdate(Object aggregate);
}
