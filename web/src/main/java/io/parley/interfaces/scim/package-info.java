/**
 * The SCIM 2.0 service (RFC 7643, RFC 7644) under {@code /parley/scim/v2} that Microsoft Entra ID and Okta call to
 * provision people and groups: a servlet over the {@code Provisioning} service, authenticated by a SCIM token only,
 * answering {@code application/scim+json} and SCIM error objects for every refusal. Written by hand (docs/decisions.md,
 * "SCIM 2.0 provisioning, written by hand"): the subset of SCIM those clients use.
 */
package io.parley.interfaces.scim;
