package io.parley.it.incontainer;

import io.parley.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Test caller: runs work as the hiring manager (max) inside one transaction of its own, then fails, so that the
 * transaction, and everything the work wrote in it, is rolled back.
 */
@Stateless
@PermitAll
@RunAs(Role.HIRING_MANAGER_GROUP)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AsHiringManagerInOneTransaction {

    /** Thrown after the work, to roll the transaction back. */
    public static class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public void runThenFail(Runnable work) {
        work.run();
        throw new RolledBack();
    }
}
