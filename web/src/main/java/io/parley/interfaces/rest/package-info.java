/**
 * The ATS integration API v1 under {@code /parley/api/v1}: JSON resources over the application services, bearer
 * tokens (see {@code ParleyAuthenticationMechanism}) and RFC 9457 problem details for every refusal.
 */
package io.parley.interfaces.rest;
