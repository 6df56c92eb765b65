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

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
        this.externalId = Texts.required(externalId, 120, "candidate ATS id");
        this.name = Texts.required(name, 200, "candidate name");
        this.email = Texts.required(email, 254, "candidate email");
        if (!EMAIL.matcher(this.email).matches()) {
            throw new DomainException("interview.candidate.email", this.email);
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
        return o instanceof Candidate other && externalId.equals(other.externalId) && name.equals(other.name)
                && email.equals(other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, name, email);
    }
}
