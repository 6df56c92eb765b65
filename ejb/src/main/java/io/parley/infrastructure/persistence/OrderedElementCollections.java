package io.parley.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Has EclipseLink write every {@code @ElementCollection} with an {@code @OrderColumn} (the agenda's blocks and
 * approvals, the panel, a kit's agenda template, a scorecard's lists, ...) position by position: a row whose element
 * changed or moved is deleted and inserted again at its new position, and no row's position is ever updated.
 * Registered in {@code persistence.xml}; runs before the descriptors are initialised.
 *
 * <p>By default EclipseLink shifts the rows behind an element inserted or removed in the middle with one statement,
 * {@code UPDATE agenda_item SET position = (position + 1) WHERE position BETWEEN 2 AND 4 AND interview_id = ?}.
 * Every such table's primary key is (owner, position); PostgreSQL checks it row by row during that statement (H2
 * at its end), so the first row moved onto the next one failed with a duplicate key and the save with it. The
 * default also matches old and new elements by value, so two equal elements of one list (two equal blocks) were
 * one to it and one of them was lost; here an element is matched by its value and its position.
 */
public class OrderedElementCollections implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AggregateCollectionMapping collection
                        && collection.getListOrderField() != null) {
                    collection.setIsListOrderFieldUpdatable(false);
                }
            }
        }
    }
}
