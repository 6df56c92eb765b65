/** The domain model: entities, value objects and the rules of SPEC.md, free of any user interface. */
package io.parley.domain;
