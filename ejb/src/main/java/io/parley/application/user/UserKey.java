package io.parley.application.user;

/** The attributes a SCIM client may look a person up by ({@code filter=userName eq "..."} and its siblings). */
public enum UserKey {
    ID,
    USER_NAME,
    EXTERNAL_ID
}
