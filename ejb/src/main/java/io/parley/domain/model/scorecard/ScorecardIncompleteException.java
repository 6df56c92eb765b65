package io.parley.domain.model.scorecard;

import io.parley.domain.shared.DomainException;
import java.util.List;

/** A submission (or amendment) refused because the scorecard is not complete; names every missing item. */
public class ScorecardIncompleteException extends DomainException {

    private final transient List<Reason> missing;

    public ScorecardIncompleteException(List<Reason> missing) {
        super("scorecard.incomplete", missing.size());
        this.missing = List.copyOf(missing);
    }

    @Override
    public List<Reason> reasons() {
        return missing;
    }
}
