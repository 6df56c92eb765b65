package io.parley.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class OrderedElementCollectionsTest {

    /** Two owners, so the customizer is seen to visit every descriptor. */
    static class Interview {}

    static class Agenda {}

    @Test
    void orderedElementCollectionsAreWrittenByPositionAndUnorderedOnesAreLeftAlone() {
        AggregateCollectionMapping panel = collection("panel", "position");
        AggregateCollectionMapping items = collection("items", "position");
        AggregateCollectionMapping tags = collection("tags", null);
        Project project = new Project(new DatabaseLogin());
        project.addDescriptor(descriptor(Interview.class, panel));
        project.addDescriptor(descriptor(Agenda.class, items, tags));
        assertTrue(items.isListOrderFieldUpdatable(), "EclipseLink's default: shift the positions");

        new OrderedElementCollections().customize(project.createDatabaseSession());

        assertFalse(panel.isListOrderFieldUpdatable());
        assertFalse(items.isListOrderFieldUpdatable());
        assertTrue(tags.isListOrderFieldUpdatable(), "no order column: nothing to change");
    }

    private static AggregateCollectionMapping collection(String attribute, String orderColumn) {
        AggregateCollectionMapping mapping = new AggregateCollectionMapping();
        mapping.setAttributeName(attribute);
        if (orderColumn != null) {
            mapping.setListOrderFieldName(orderColumn);
        }
        return mapping;
    }

    private static RelationalDescriptor descriptor(Class<?> owner, AggregateCollectionMapping... mappings) {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(owner);
        for (AggregateCollectionMapping mapping : mappings) {
            descriptor.addMapping(mapping);
        }
        return descriptor;
    }
}
