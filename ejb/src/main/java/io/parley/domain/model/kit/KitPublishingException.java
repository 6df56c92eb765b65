package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import java.util.List;

/** Publishing was refused; {@link #violations()} says every reason and where it lies. */
public class KitPublishingException extends DomainException {

    private final List<KitViolation> violations;

    public KitPublishingException(List<KitViolation> violations) {
        super("kit.publish.refused", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<KitViolation> violations() {
        return violations;
    }
}
