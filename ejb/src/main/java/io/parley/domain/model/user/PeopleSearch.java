package io.parley.domain.model.user;

import io.parley.domain.shared.Page;
import io.parley.domain.shared.Texts;
import java.io.Serializable;

/**
 * A search of the people page: part of the username or name (blank for all), a role, a status and an identity source
 * (each null for all), and a page.
 */
public record PeopleSearch(String text, Role role, PersonStatus status, IdentitySource source, int offset, int limit)
        implements Serializable {

    public static final int MAX_TEXT = 120;

    public PeopleSearch {
        text = Texts.optional(text, MAX_TEXT, "search");
        offset = Math.max(0, offset);
        limit = Page.limit(limit);
    }

    /** Everyone, first page. */
    public static PeopleSearch all(int limit) {
        return new PeopleSearch("", null, null, null, 0, limit);
    }
}
