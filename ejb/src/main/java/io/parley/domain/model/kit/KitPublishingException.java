package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import java.util.List;

/** Publishing was refused; {@link #violations()} says every reason and where it lies. */
public class KitPublishingException extends DomainException {

    private final transient List<KitViolation> violations;

    public KitPublishingException(List<KitViolation> violations) {
        super("kit.publish.refused", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<KitViolation> violations() {
        return violations;
    }

    /** Every violation as a reason (code and arguments), as the agenda's and the scorecard's refusals give theirs. */
    @Override
    public List<Reason> reasons() {
        return violations.stream().map(v -> new Reason(v.code(), v.arguments())).toList();
    }
}
