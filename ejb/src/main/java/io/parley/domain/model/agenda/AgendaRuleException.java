package io.parley.domain.model.agenda;

import io.parley.domain.shared.DomainException;
import java.util.List;

/** An agenda save or proposal refused because it breaks rules; carries every broken rule. */
public class AgendaRuleException extends DomainException {

    private final transient List<AgendaViolation> violations;

    public AgendaRuleException(List<AgendaViolation> violations) {
        super("agenda.refused", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<AgendaViolation> violations() {
        return violations;
    }

    @Override
    public List<Reason> reasons() {
        return violations.stream().map(v -> new Reason(v.code(), v.arguments())).toList();
    }
}
