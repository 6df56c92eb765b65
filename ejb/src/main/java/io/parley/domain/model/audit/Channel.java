package io.parley.domain.model.audit;

/** How a read reached Parley: its pages (and their downloads) or the API. */
public enum Channel {
    PAGE,
    API
}
