package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Instant SAVED = Instant.parse("2026-12-02T10:42:13Z");

    @Test
    void timesInMessagesAreWrittenInTheUsersLanguageNotAsIsoInstants() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String text =
                    Messages.text(ResourceBundle.getBundle(Messages.BUNDLE, locale), "conflict.stale", "ines", SAVED);
            assertTrue(text.contains("ines"), text);
            assertTrue(text.contains(Formats.dateTime(SAVED, locale)), text);
            assertFalse(text.contains("2026-12-02T"), text);
        }
    }

    @Test
    void fieldNamesAreTranslatedAndOtherArgumentsKept() {
        ResourceBundle german = ResourceBundle.getBundle(Messages.BUNDLE, Locale.GERMAN);
        String text = Messages.text(german, "conflict.stale", "role family", SAVED);
        assertTrue(text.contains("Rolle / Jobfamilie"), text);
        assertFalse(text.contains("role family"), text);
    }
}
