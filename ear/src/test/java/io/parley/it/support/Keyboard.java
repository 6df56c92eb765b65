package io.parley.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: keys go to whatever element has the focus, nothing is clicked. {@link #tabTo} presses
 * Tab until the focus reaches the wanted element and checks that the focus can be seen there.
 */
public final class Keyboard {

    private static final int MAX_TABS = 300;

    private final Browser browser;
    private final WebDriver driver;

    public Keyboard(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Sends keys (or text) to the focused element, then waits for AJAX and the scorecard's autosave. */
    public Keyboard press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        browser.waitForAjax();
        return this;
    }

    public Keyboard type(String text) {
        return press(text);
    }

    /**
     * Presses Tab until the focused element is {@code target}, and asserts that it shows a focus indicator (an
     * outline of at least 2px). Fails with the elements Tab passed on the way when it never gets there.
     */
    public Keyboard tabTo(String what, Predicate<WebElement> target) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement element = focused();
            if (target.test(element)) {
                String outline = (String) ((JavascriptExecutor) driver)
                        .executeScript(
                                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
                                element);
                String[] parts = outline.split(" ");
                if ("none".equals(parts[0]) || Double.parseDouble(parts[1].replace("px", "")) < 2) {
                    throw new AssertionError(
                            "the focus on " + what + " (" + describe(element) + ") cannot be seen: outline " + outline);
                }
                return this;
            }
            stops.add(describe(element));
        }
        throw new AssertionError("Tab never reached " + what + " in " + MAX_TABS + " presses; it passed " + stops);
    }

    /** Tag, id and a little text of an element, for messages. */
    public static String describe(WebElement element) {
        String id = element.getAttribute("id");
        String text = element.getText();
        String shown = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return element.getTagName()
                + (id == null || id.isEmpty() ? "" : "#" + id)
                + (shown.isEmpty() ? "" : " '" + shown.substring(0, Math.min(30, shown.length())) + "'");
    }

    /** The {@code id} of the fieldset around an element, or an empty string. */
    public String fieldsetOf(WebElement element) {
        Object id = ((JavascriptExecutor) driver)
                .executeScript("var f = arguments[0].closest('fieldset'); return f ? f.id : '';", element);
        return id == null ? "" : id.toString();
    }
}
