package io.parley.application.user;

import java.io.Serializable;
import java.util.List;

/** One page of a SCIM list: how many there are in all, and the items from {@code startIndex} (1-based). */
public record ProvisionedPage<T extends Serializable>(long total, int startIndex, List<T> items)
        implements Serializable {

    public ProvisionedPage {
        items = List.copyOf(items);
    }
}
