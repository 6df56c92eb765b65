package io.parley.application.user;

import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Users in a map for the sign-in service's unit tests: the repository methods that service uses ({@code find},
 * {@code store}, {@code findActive}, {@code recordSignIn}); any other method fails the test that calls it. A proxy, so
 * that the repository interface can grow without touching this class.
 */
final class InMemoryUsers implements InvocationHandler {

    final Map<String, AppUser> users = new LinkedHashMap<>();
    final Map<String, Instant> signIns = new HashMap<>();
    final UserRepository repository = (UserRepository)
            Proxy.newProxyInstance(UserRepository.class.getClassLoader(), new Class<?>[] {UserRepository.class}, this);

    Optional<AppUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "find":
                return find((String) args[0]);
            case "store":
                AppUser user = (AppUser) args[0];
                users.putIfAbsent(user.username(), user);
                return null;
            case "findActive":
                return find((String) args[0])
                        .filter(AppUser::active)
                        .map(u -> new ActiveUser(u.username(), u.displayName(), u.roles()));
            case "recordSignIn":
                signIns.put((String) args[0], (Instant) args[1]);
                return null;
            default:
                throw new UnsupportedOperationException(method.getName() + " is not used by the sign-in service");
        }
    }
}
