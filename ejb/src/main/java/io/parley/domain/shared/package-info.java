/**
 * Small building blocks shared by every part of the domain model: the domain exception, text checks
 * ({@code Texts}), paging, and the {@code UnitOfWork} port.
 */
package io.parley.domain.shared;
