package io.parley.domain.model.kit;

import io.parley.domain.shared.Page;
import java.io.Serializable;

/** A search of the kit list: part of the name (blank for all), a status (null for all) and a page. */
public record KitSearch(String name, KitStatus status, int offset, int limit) implements Serializable {

    public KitSearch {
        name = name == null ? "" : name.strip();
        offset = Math.max(0, offset);
        limit = Page.limit(limit);
    }
}
