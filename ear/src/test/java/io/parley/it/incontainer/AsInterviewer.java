package io.parley.it.incontainer;

import io.parley.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/** Test caller: whatever it runs calls the services as an interviewer. */
@Stateless
@PermitAll
@RunAs(Role.INTERVIEWER_GROUP)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsInterviewer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    /**
     * Runs work that should be refused and returns the refusal (or {@code null}), so the exception reaches the
     * test as thrown instead of wrapped by this bean's own container boundary.
     */
    public RuntimeException refusal(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
