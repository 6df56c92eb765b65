package io.parley.domain.model.interview;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** The candidate as the ATS knows them: its id, their name and e-mail address. */
@Embeddable
public class Candidate implements Serializable {

    /** The refusal of an address that is not one. */
    public static final String INVALID_EMAIL = "interview.candidate.email";

    /**
     * An address as mail systems take it (RFC 5321 and 5322): a dot-atom local part (letters, digits and
     * {@code !#$%&'*+/=?^_`{|}~-}, dots only between them), then a domain of at least two labels of letters, digits
     * and inner hyphens, the last alphabetic (or an IDN in its ASCII form, {@code xn--}). No spaces, quotes, commas,
     * angle brackets or control characters: exactly one address, never a header.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    @Column(name = "candidate_external_id", nullable = false, length = 120)
    private String externalId;

    @Column(name = "candidate_name", nullable = false, length = 200)
    private String name;

    @Column(name = "candidate_email", nullable = false, length = 254)
    private String email;

    protected Candidate() {
        // for JPA
    }

    public Candidate(String externalId, String name, String email) {
        this.externalId = Texts.requiredLine(externalId, 120, "candidate ATS id");
        this.name = Texts.requiredLine(name, 200, "candidate name");
        this.email = Texts.required(email, 254, "candidate email");
        if (!EMAIL.matcher(this.email).matches() || this.email.indexOf('@') > 64) {
            throw new DomainException(INVALID_EMAIL, this.email);
        }
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate other
                && externalId.equals(other.externalId)
                && name.equals(other.name)
                && email.equals(other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, name, email);
    }
}
