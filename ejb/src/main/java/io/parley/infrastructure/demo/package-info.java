/**
 * Demo data for the embedded default: the demo users of SPEC.md and the published demo kit, loaded into an
 * empty database when {@code parley.demo.enabled} is true. Never enabled in production.
 */
package io.parley.infrastructure.demo;
