package io.parley.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The no-access page: why a person the company's directory knows may not use Parley, and whom to ask
 * ({@code parley.access.contact}, for example "the HR systems team, hr-systems@example.com"; without it the page
 * names the HR admins).
 */
@Named
@RequestScoped
public class NoAccessPage {

    /** The reason given when the identity source's answer was refused (forged or expired token). */
    static final String FAILED = "failed";

    @Inject
    @ConfigProperty(name = "parley.access.contact")
    private Optional<String> contact;

    private String reason;

    /** {@code retired} for a leaver, anything else for someone in no Parley group. */
    public boolean isRetired() {
        return "retired".equals(reason);
    }

    /** Signing in failed on the way back from the provider: nothing to do with groups, so try again. */
    public boolean isFailed() {
        return FAILED.equals(reason);
    }

    public String getContact() {
        return contact.map(String::strip).filter(c -> !c.isEmpty()).orElse(null);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
