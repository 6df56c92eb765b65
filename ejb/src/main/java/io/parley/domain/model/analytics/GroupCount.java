package io.parley.domain.model.analytics;

/** One group's decisions: how many candidates' decisions, and how many of them selected (hire or next round). */
public record GroupCount(String group, int candidates, int selected) {

    public GroupCount {
        if (group == null || candidates < 0 || selected < 0 || selected > candidates) {
            throw new IllegalArgumentException("A group needs a label and 0 <= selected <= candidates");
        }
    }
}
