package io.parley.interfaces.web.profile;

import io.parley.application.token.IssuedToken;
import io.parley.application.token.TokenService;
import io.parley.application.token.TokenSummary;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * API tokens on {@code /profile.xhtml}: create (the secret is shown once, right here, and kept nowhere), see when
 * each was last used, revoke. hr-admins also manage the ATS's tokens and the SCIM tokens of the company's directory.
 */
@Named("tokens")
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TokenService service;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser currentUser;

    private String personalName;
    private String atsName;
    private String scimName;
    private transient IssuedToken justIssued;
    private List<TokenSummary> mine;
    private List<TokenSummary> ats;
    private List<TokenSummary> scim;

    public void load() {
        mine = service.mine();
        ats = currentUser.isHrAdmin() ? service.atsTokens() : List.of();
        scim = currentUser.isHrAdmin() ? service.scimTokens() : List.of();
    }

    public void issuePersonal() {
        issue(() -> service.issuePersonal(personalName));
        personalName = null;
    }

    public void issueAts() {
        issue(() -> service.issueAts(atsName));
        atsName = null;
    }

    public void issueScim() {
        issue(() -> service.issueScim(scimName));
        scimName = null;
    }

    private void issue(Supplier<IssuedToken> action) {
        try {
            justIssued = action.get();
            load();
        } catch (ConstraintViolationException e) {
            messages.error(null, "token.nameRequired");
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    public void revoke(long id) {
        try {
            service.revoke(id);
            justIssued = null;
            load();
            messages.info(null, "token.revoked.done");
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    public IssuedToken getJustIssued() {
        return justIssued;
    }

    public List<TokenSummary> getMine() {
        return mine;
    }

    public List<TokenSummary> getAts() {
        return ats;
    }

    public List<TokenSummary> getScim() {
        return scim;
    }

    public String getScimName() {
        return scimName;
    }

    public void setScimName(String scimName) {
        this.scimName = scimName;
    }

    public String getPersonalName() {
        return personalName;
    }

    public void setPersonalName(String personalName) {
        this.personalName = personalName;
    }

    public String getAtsName() {
        return atsName;
    }

    public void setAtsName(String atsName) {
        this.atsName = atsName;
    }
}
