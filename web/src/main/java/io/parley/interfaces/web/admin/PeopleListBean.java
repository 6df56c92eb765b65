package io.parley.interfaces.web.admin;

import io.parley.application.user.NewLocalUser;
import io.parley.application.user.People;
import io.parley.application.user.PersonView;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.PersonStatus;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The people page ({@code /admin/people.xhtml}, hr-admin): search and filter people (the filters are view parameters,
 * so a search is a link one can bookmark), page through them, and in the {@code database} identity setting create
 * local users. A person's own page ({@code person.xhtml}) retires, reactivates and resets passwords.
 */
@Named("people")
@ViewScoped
public class PeopleListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles HR gives and filters by (the ATS's role belongs to its token, not to a person). */
    static final List<Role> PERSON_ROLES =
            List.of(Role.HR_ADMIN, Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER);

    @EJB
    private People people;

    @Inject
    private Messages messages;

    private String q;
    private String role;
    private String status;
    private String source;

    private String newUsername;
    private String newName;
    private String newEmail;
    private List<String> newRoles = new ArrayList<>();
    private String newPassword;

    private final LazyDataModel<PersonView> model = new PeoplePage();

    /** Applies the filters as a new request of this page, so that its address names them. */
    public String search() {
        return "/admin/people?faces-redirect=true&includeViewParams=true";
    }

    public void create() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        newRoles.stream().map(PeopleListBean::role).filter(r -> r != null).forEach(roles::add);
        try {
            PersonView created = people.create(
                    new NewLocalUser(newUsername, newName, newEmail, roles, newPassword == null ? "" : newPassword));
            messages.info(null, "people.created", created.displayName(), created.username());
            newUsername = null;
            newName = null;
            newEmail = null;
            newRoles = new ArrayList<>();
            newPassword = null;
        } catch (DomainException e) {
            messages.error(fieldOf(e.code()), e.code(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConstraintViolationException e) {
            Set<String> properties = new TreeSet<>();
            e.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                properties.add(path.substring(path.lastIndexOf('.') + 1));
            });
            properties.forEach(property -> messages.error(clientId(property), "people.create.invalid." + property));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static String fieldOf(String code) {
        if (code.startsWith("people.password")) {
            return "create:new-password";
        }
        if (People.EXISTS.equals(code)) {
            return "create:new-username";
        }
        if (People.ATS_ROLE.equals(code)) {
            return "create:new-roles";
        }
        return null;
    }

    private static String clientId(String property) {
        switch (property) {
            case "username":
                return "create:new-username";
            case "displayName":
                return "create:new-name";
            case "email":
                return "create:new-email";
            case "roles":
                return "create:new-roles";
            default:
                return "create:new-password";
        }
    }

    public boolean isLocalPasswords() {
        return people.localPasswords();
    }

    public List<String> getRoles() {
        return PERSON_ROLES.stream().map(Role::groupName).toList();
    }

    public PersonStatus[] getStatuses() {
        return PersonStatus.values();
    }

    public IdentitySource[] getSources() {
        return IdentitySource.values();
    }

    public LazyDataModel<PersonView> getModel() {
        return model;
    }

    /** The search the view parameters describe; a value that names nothing known means "all". */
    PeopleSearch search(int offset, int limit) {
        String text = q == null ? "" : q.strip();
        if (text.length() > PeopleSearch.MAX_TEXT) {
            text = text.substring(0, PeopleSearch.MAX_TEXT);
        }
        return new PeopleSearch(
                text,
                role(role),
                parse(PersonStatus.class, status),
                parse(IdentitySource.class, source),
                offset,
                limit);
    }

    static Role role(String groupName) {
        return PERSON_ROLES.stream()
                .filter(r -> r.groupName().equals(groupName))
                .findFirst()
                .orElse(null);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One page of the search, fetched when the table asks for it. */
    private final class PeoplePage extends LazyDataModel<PersonView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) people.search(search(0, 1)).total();
        }

        @Override
        public List<PersonView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<PersonView> page = people.search(search(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(PersonView person) {
            return person.username();
        }

        @Override
        public PersonView getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(person -> person.username().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles == null ? new ArrayList<>() : new ArrayList<>(newRoles);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
