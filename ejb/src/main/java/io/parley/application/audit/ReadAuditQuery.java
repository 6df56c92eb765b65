package io.parley.application.audit;

import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.shared.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The recorded reads, for hr-admins only: the read-audit page (a page at a time) and its CSV (in batches). */
public interface ReadAuditQuery {

    /** The largest batch {@link #after} hands out. */
    int MAX_BATCH = 1000;

    /** One page of the reads the filter selects, newest first, with their total. */
    Page<ReadView> find(@NotNull ReadAuditFilter filter, @Min(0) int offset, @Min(1) @Max(Page.MAX_LIMIT) int limit);

    /**
     * The next reads the filter selects after {@code last} (null: from the newest), newest first: the CSV walks the
     * whole selection with these batches, however long it is.
     */
    List<ReadView> after(@NotNull ReadAuditFilter filter, ReadView last, @Min(1) @Max(MAX_BATCH) int limit);
}
