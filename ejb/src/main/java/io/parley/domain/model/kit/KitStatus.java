package io.parley.domain.model.kit;

/** Life cycle of a kit version: edited as a draft, frozen when published, hidden from new interviews when archived. */
public enum KitStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
