/** API tokens: checking a bearer token on each API call (and, later, issuing and revoking tokens). */
package io.parley.application.token;
