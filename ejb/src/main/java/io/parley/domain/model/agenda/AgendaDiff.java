package io.parley.domain.model.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Says in words what an edit changed, block by block, for the agenda's history. */
final class AgendaDiff {

    private AgendaDiff() {}

    static String describe(List<AgendaItem> before, List<AgendaItem> after) {
        List<String> changes = new ArrayList<>();
        int common = Math.min(before.size(), after.size());
        for (int i = 0; i < common; i++) {
            AgendaItem old = before.get(i);
            AgendaItem now = after.get(i);
            List<String> parts = new ArrayList<>();
            if (!old.title().equals(now.title()) || old.kind() != now.kind()) {
                parts.add("now \"" + now.title() + "\" (" + now.kind() + ")");
            }
            if (old.minutes() != now.minutes()) {
                parts.add(old.minutes() + " → " + now.minutes() + " min");
            }
            if (!Objects.equals(old.owner(), now.owner())) {
                parts.add("owner " + name(old.owner()) + " → " + name(now.owner()));
            }
            if (!old.competencies().equals(now.competencies())) {
                parts.add("competencies " + old.competencies() + " → " + now.competencies());
            }
            if (!old.questions().equals(now.questions())) {
                parts.add("questions changed");
            }
            if (!parts.isEmpty()) {
                changes.add("Block " + (i + 1) + " \"" + old.title() + "\": " + String.join(", ", parts) + ".");
            }
        }
        for (int i = common; i < after.size(); i++) {
            changes.add("Added block " + (i + 1) + " \"" + after.get(i).title() + "\" ("
                    + after.get(i).minutes() + " min).");
        }
        for (int i = common; i < before.size(); i++) {
            changes.add("Removed block \"" + before.get(i).title() + "\".");
        }
        return changes.isEmpty() ? "Saved without changes." : String.join(" ", changes);
    }

    private static String name(String owner) {
        return owner == null ? "nobody" : owner;
    }
}
