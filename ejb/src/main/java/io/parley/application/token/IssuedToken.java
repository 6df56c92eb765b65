package io.parley.application.token;

import java.io.Serializable;

/** A token just issued: the only time its secret is ever shown. */
public record IssuedToken(TokenSummary token, String secret) implements Serializable {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=***]";
    }
}
