/** API bearer tokens: an ATS token acts for the ATS, a personal token as its user. Stored as hashes only. */
package io.parley.domain.model.token;
