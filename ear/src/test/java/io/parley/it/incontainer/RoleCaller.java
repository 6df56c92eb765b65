package io.parley.it.incontainer;

import java.util.function.Supplier;

/** What a test caller does; its subclasses only say which role it runs as ({@code @RunAs}). */
public abstract class RoleCaller {

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
