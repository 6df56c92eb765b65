/**
 * The agenda of one interview: blocks with owners and the competencies and questions they cover, the rules that
 * protect the candidate's time ({@link io.parley.domain.model.agenda.AgendaRules}), proposal, approvals and the
 * history of changes.
 */
package io.parley.domain.model.agenda;
