package io.parley.application.audit;

import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadLog;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The read-audit page's and CSV's queries; hr-admins only. Each first writes this server's reads still waiting in the
 * {@link ReadLog}, so the page shows every read up to now (another server's within about a second).
 */
@Stateless
@RolesAllowed(Role.HR_ADMIN_GROUP)
public class ReadAuditQueryBean implements ReadAuditQuery {

    @Inject
    private ReadAuditRepository reads;

    @Inject
    private ReadLog log;

    @Override
    public Page<ReadView> find(ReadAuditFilter filter, int offset, int limit) {
        log.flush(); // this server's reads of the last second too
        Page<ReadRecord> page = reads.find(filter, offset, limit);
        return new Page<>(page.items().stream().map(ReadView::of).toList(), page.total(), page.offset(), page.limit());
    }

    @Override
    public List<ReadView> after(ReadAuditFilter filter, ReadView last, int limit) {
        if (last == null) {
            log.flush();
        }
        return reads.batch(filter, last == null ? null : last.readAt(), last == null ? null : last.id(), limit).stream()
                .map(ReadView::of)
                .toList();
    }
}
