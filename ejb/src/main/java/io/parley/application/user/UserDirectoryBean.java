package io.parley.application.user;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

@Stateless
@PermitAll
public class UserDirectoryBean implements UserDirectory {

    @Inject
    private UserRepository users;

    @Override
    public Optional<String> displayName(String username) {
        return users.find(username).map(AppUser::displayName);
    }
}
