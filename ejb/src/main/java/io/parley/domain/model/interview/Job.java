package io.parley.domain.model.interview;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The job as the ATS knows it: its id and title. */
@Embeddable
public class Job implements Serializable {

    @Column(name = "job_external_id", nullable = false, length = 120)
    private String externalId;

    @Column(name = "job_title", nullable = false, length = 200)
    private String title;

    protected Job() {
        // for JPA
    }

    public Job(String externalId, String title) {
        this.externalId = Texts.requiredLine(externalId, 120, "job ATS id");
        this.title = Texts.requiredLine(title, 200, "job title");
    }

    public String externalId() {
        return externalId;
    }

    public String title() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Job other && externalId.equals(other.externalId) && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, title);
    }
}
