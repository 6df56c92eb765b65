/**
 * Application services: the use cases the pages and the API call, as interfaces with Bean Validation on their
 * parameters and {@code @Stateless} implementations that hold the transaction and the role checks. They load
 * aggregates from the repositories, let the domain apply its rules, write through the {@code UnitOfWork} port, and
 * say what happened as {@code InterviewEvent}s; they never touch the {@code EntityManager} or an adapter directly.
 */
package io.parley.application;
