/**
 * Application services: the use cases the pages and the API call, as interfaces with Bean Validation on their
 * parameters and {@code @Stateless} implementations that hold the transaction and the role checks.
 */
package io.parley.application;
