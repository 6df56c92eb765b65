package io.parley.application.user;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.PanelPerson;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.PersonRow;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Users in a map, for the application services' unit tests; records sign-ins as the database would. */
class InMemoryUsers implements UserRepository {

    final Map<String, AppUser> users = new LinkedHashMap<>();
    final Map<String, Instant> signIns = new HashMap<>();

    @Override
    public Optional<AppUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public void recordSignIn(String username, Instant at) {
        signIns.put(username, at);
    }

    @Override
    public boolean isActive(String username) {
        return find(username).map(AppUser::active).orElse(false);
    }

    @Override
    public Map<String, AppUser> findAll(Collection<String> usernames) {
        Map<String, AppUser> found = new HashMap<>();
        usernames.forEach(name -> find(name).ifPresent(user -> found.put(name, user)));
        return found;
    }

    @Override
    public void store(AppUser user) {
        users.putIfAbsent(user.username(), user);
    }

    @Override
    public Map<String, String> panelCandidates(String search, int limit) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Page<PersonRow> search(PeopleSearch search) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Map<String, PanelPerson> panelPeople(Collection<String> usernames) {
        Map<String, PanelPerson> people = new HashMap<>();
        findAll(usernames)
                .forEach((name, user) -> people.put(name, new PanelPerson(name, user.displayName(), user.active())));
        return people;
    }
}
