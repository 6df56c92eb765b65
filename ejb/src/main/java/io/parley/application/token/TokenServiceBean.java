package io.parley.application.token;

import io.parley.domain.model.token.ApiToken;
import io.parley.domain.model.token.TokenKind;
import io.parley.domain.model.token.TokenRepository;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
@RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.INTERVIEWER_GROUP, Role.HIRING_MANAGER_GROUP})
public class TokenServiceBean implements TokenService {

    @Inject
    private TokenRepository tokens;

    @Resource
    private SessionContext session;

    @Inject
    private UnitOfWork changes;

    @Override
    public IssuedToken issuePersonal(String name) {
        return issue(name, TokenKind.PERSONAL, caller());
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public IssuedToken issueAts(String name) {
        return issue(name, TokenKind.ATS, null);
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public IssuedToken issueScim(String name) {
        return issue(name, TokenKind.SCIM, null);
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public List<TokenSummary> scimTokens() {
        return tokens.active(TokenKind.SCIM, null).stream()
                .map(TokenServiceBean::summary)
                .toList();
    }

    @Override
    public List<TokenSummary> mine() {
        return tokens.active(TokenKind.PERSONAL, caller()).stream()
                .map(TokenServiceBean::summary)
                .toList();
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public List<TokenSummary> atsTokens() {
        return tokens.active(TokenKind.ATS, null).stream()
                .map(TokenServiceBean::summary)
                .toList();
    }

    @Override
    public void revoke(long id) {
        ApiToken token = tokens.find(id)
                .filter(ApiToken::active)
                .filter(this::mayRevoke)
                .orElseThrow(() -> new DomainException("token.notFound", id));
        token.revoke(Instant.now());
        changes.flush("token.saveFailed");
    }

    private boolean mayRevoke(ApiToken token) {
        return token.kind().machine()
                ? session.isCallerInRole(Role.HR_ADMIN_GROUP)
                : token.username().filter(caller()::equals).isPresent();
    }

    private IssuedToken issue(String name, TokenKind kind, String username) {
        ApiToken.Issued issued = ApiToken.issue(name, kind, username, caller(), Instant.now());
        tokens.store(issued.token());
        changes.flush("token.saveFailed");
        return new IssuedToken(summary(issued.token()), issued.secret());
    }

    private static TokenSummary summary(ApiToken token) {
        return new TokenSummary(
                token.idValue(),
                token.name(),
                token.kind(),
                token.createdAt(),
                token.lastUsedAt().orElse(null));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
