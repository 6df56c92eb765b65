package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewExpiredReloadTest {

    private static final String PAGE = "/parley/interviews/scorecard.xhtml";

    @Test
    void theSamePageOpensAgainWithItsQueryAndTheRestoredFlag() {
        assertEquals(
                Optional.of(PAGE + "?id=42&restored=1"),
                ViewExpiredReload.samePage("http://localhost:8080" + PAGE + "?id=42", PAGE, "localhost:8080"));
        assertEquals(
                Optional.of(PAGE + "?restored=1"),
                ViewExpiredReload.samePage("https://parley.example.com" + PAGE, PAGE, "parley.example.com"));
    }

    @Test
    void aFlagFromAnEarlierReloadIsNotRepeated() {
        assertEquals(
                Optional.of(PAGE + "?id=42&restored=1"),
                ViewExpiredReload.samePage("http://h" + PAGE + "?restored=1&id=42", PAGE, "h"));
    }

    @Test
    void anotherPageAnotherHostOrNoRefererEndsOnTheExpiredPage() {
        assertEquals(
                Optional.empty(), ViewExpiredReload.samePage("http://h/parley/kits/kit-list.xhtml?id=1", PAGE, "h"));
        assertEquals(Optional.empty(), ViewExpiredReload.samePage("http://evil.example" + PAGE, PAGE, "h"));
        assertEquals(Optional.empty(), ViewExpiredReload.samePage(null, PAGE, "h"));
        assertEquals(Optional.empty(), ViewExpiredReload.samePage("not a uri ::", PAGE, "h"));
    }
}
