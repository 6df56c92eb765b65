/** Small building blocks shared by every part of the domain model: the domain exception and text checks. */
package io.parley.domain.shared;
