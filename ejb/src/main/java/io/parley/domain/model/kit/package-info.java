/**
 * Interview kits: a versioned, publishable definition of what a panel assesses (competencies with anchored
 * rating scales and questions), how it sells the role (role brief, must-haves, deal-breakers) and how an
 * interview is laid out (agenda template and policy). The publishing and versioning rules live here.
 */
package io.parley.domain.model.kit;
