package io.parley.application.kit;

import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.shared.DomainException;
import java.util.List;

/**
 * A kit document refused with every problem found in it, each with the path of the member it lies in
 * ({@code competencies[1].weight}). {@value #UNREADABLE} when a member is missing, of the wrong type or has an
 * unknown value (the document is not of the exchange format's shape); {@value #REFUSED} when it is, but values
 * break the rules a kit draft is saved under.
 */
public class KitImportException extends DomainException {

    public static final String UNREADABLE = "kit.import.unreadable";
    public static final String REFUSED = "kit.import.refused";

    private final transient List<KitViolation> violations;

    public KitImportException(List<KitViolation> violations) {
        super(violations.stream().anyMatch(KitJsonReader::isShape) ? UNREADABLE : REFUSED, violations.size());
        this.violations = List.copyOf(violations);
    }

    /** Every problem, in the order found (each part's members before the part's own refusal). */
    public List<KitViolation> violations() {
        return violations;
    }

    @Override
    public List<Reason> reasons() {
        return violations.stream().map(v -> new Reason(v.code(), v.arguments())).toList();
    }
}
