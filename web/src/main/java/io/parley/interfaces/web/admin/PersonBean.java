package io.parley.interfaces.web.admin;

import io.parley.application.user.People;
import io.parley.application.user.PersonView;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PasswordPolicy;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;

/**
 * One person ({@code /admin/person.xhtml?username=}, hr-admin): their roles and where each came from, last sign-in,
 * open panel seats; retire or reactivate them, and reset a local user's password in the {@code database} identity
 * setting. Each change names the version read when the page was shown; one made in the meantime is refused.
 */
@Named("personPage")
@ViewScoped
public class PersonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private People people;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser currentUser;

    private String username;
    private PersonView person;
    private String newPassword;

    public void load() {
        if (username == null || username.isBlank()) {
            NotFound.send();
            return;
        }
        try {
            person = people.person(username);
        } catch (DomainException e) {
            if (People.NOT_FOUND.equals(e.code())) {
                NotFound.send();
                return;
            }
            throw e;
        }
    }

    public void retire() {
        act(() -> people.retire(person.username(), person.version()), "people.retired", null);
    }

    public void reactivate() {
        act(() -> people.reactivate(person.username(), person.version()), "people.reactivated", null);
    }

    public void resetPassword() {
        String password = newPassword == null ? "" : newPassword;
        act(
                () -> people.resetPassword(person.username(), person.version(), password),
                "people.passwordReset",
                "password-form:new-password");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newPassword = null;
        }
    }

    private interface Change {
        PersonView apply();
    }

    private void act(Change change, String done, String field) {
        try {
            person = change.apply();
            messages.info(null, done, person.displayName());
        } catch (DomainException e) {
            boolean onField = field != null && e.code().startsWith("people.password");
            messages.error(onField ? field : null, e.code(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConstraintViolationException e) {
            messages.error(field, PasswordPolicy.TOO_SHORT, PasswordPolicy.MIN_LENGTH);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Whether the page offers "retire": an active person who is not the viewer. */
    public boolean isMayRetire() {
        return person != null && person.active() && !person.username().equals(currentUser.getUsername());
    }

    public boolean isMayReactivate() {
        return person != null && !person.active();
    }

    /** Whether the page offers a new password: Parley keeps the passwords and this is a local user. */
    public boolean isMayResetPassword() {
        return person != null && person.source() == IdentitySource.LOCAL && people.localPasswords();
    }

    public PersonView getPerson() {
        return person;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
