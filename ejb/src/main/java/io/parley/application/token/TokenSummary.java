package io.parley.application.token;

import io.parley.domain.model.token.TokenKind;
import java.io.Serializable;
import java.time.Instant;

/** A token as its owner sees it later: never the secret, but when it was last used. */
public record TokenSummary(long id, String name, TokenKind kind, Instant createdAt, Instant lastUsedAt)
        implements Serializable {}
