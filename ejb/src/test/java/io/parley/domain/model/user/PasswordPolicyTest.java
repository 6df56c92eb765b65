package io.parley.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String refusal(String username, String password) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(username, password))
                .code();
    }

    @Test
    void aLongPasswordUnlikeTheUserNameIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("nora", "correct horse battery"));
        assertDoesNotThrow(() -> PasswordPolicy.check("nora", "x".repeat(5) + "Yz!4567890"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(PasswordPolicy.TOO_SHORT, refusal("nora", "elevenchars"));
        assertEquals(PasswordPolicy.TOO_SHORT, refusal("nora", ""));
        assertEquals(PasswordPolicy.TOO_SHORT, refusal("nora", null));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(PasswordPolicy.TOO_LONG, refusal("nora", "abcd".repeat(33)));
        assertDoesNotThrow(() -> PasswordPolicy.check("nora", "abcd".repeat(32)));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedIgnoringCase() {
        assertEquals(PasswordPolicy.CONTAINS_USERNAME, refusal("nora", "my-NORA-password"));
    }

    @Test
    void demoAndCommonPasswordsAreRefused() {
        assertEquals(PasswordPolicy.COMMON, refusal("nora", "Password1234"));
        assertEquals(PasswordPolicy.COMMON, refusal("nora", "parleyparley"));
        assertEquals(PasswordPolicy.COMMON, refusal("nora", "123456789012"));
        assertEquals(PasswordPolicy.COMMON, refusal("nora", "abababababab"), "two characters repeated");
    }
}
