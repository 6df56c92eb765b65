package io.parley.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.model.user.UserRepository;
import jakarta.ejb.EJBException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DemoDataStartupTest {

    private final AtomicLong userCount = new AtomicLong();
    private final UserRepository users = (UserRepository) Proxy.newProxyInstance(
            UserRepository.class.getClassLoader(), new Class<?>[] {UserRepository.class}, (proxy, method, args) -> {
                if (method.getName().equals("count")) {
                    return userCount.get();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    /** A loader whose transaction the database refuses, as when another server inserted the same users first. */
    private static DemoDataLoader refused(EJBException why) {
        return new DemoDataLoader() {
            @Override
            public void load() {
                throw why;
            }
        };
    }

    @Test
    void anotherServerLoadedTheDemoDataAtTheSameTime() {
        userCount.set(6);
        assertDoesNotThrow(() -> new DemoDataStartup(refused(new EJBException("duplicate key")), users).start());
    }

    @Test
    void aFailureWithNoDemoDataAtAllStopsTheDeployment() {
        EJBException why = new EJBException("the database is read-only");
        assertSame(why, assertThrows(EJBException.class, () -> new DemoDataStartup(refused(why), users).start()));
    }
}
