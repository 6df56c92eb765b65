package io.parley.application.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * API tokens: every user issues and revokes personal tokens for themselves; hr-admins issue and revoke the ATS's
 * tokens and the SCIM token of the company's directory. A secret is shown once, at issue; only its hash is stored.
 */
public interface TokenService {

    IssuedToken issuePersonal(@NotBlank @Size(max = 120) String name);

    IssuedToken issueAts(@NotBlank @Size(max = 120) String name);

    /** A token for the directory's SCIM provisioning client (Entra ID, Okta): it reaches {@code /scim/v2} only. */
    IssuedToken issueScim(@NotBlank @Size(max = 120) String name);

    List<TokenSummary> mine();

    List<TokenSummary> scimTokens();

    List<TokenSummary> atsTokens();

    /** Revokes one of the caller's personal tokens, or (hr-admins) an ATS or SCIM token; anything else is not found. */
    void revoke(long id);
}
