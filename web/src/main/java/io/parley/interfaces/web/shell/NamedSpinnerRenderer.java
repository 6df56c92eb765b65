package io.parley.interfaces.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;
import org.primefaces.component.spinner.Spinner;
import org.primefaces.component.spinner.SpinnerRenderer;

/**
 * PrimeFaces' spinner whose + and - buttons say what they change ("Increase Weight", "Gewichtung erhöhen"), in the
 * user's language, from the spinner's {@code label} (WCAG 4.1.2). PrimeFaces renders them without a name and its
 * script names only enabled ones, with a generic "Increase Value" in English as {@code aria-label}; the name here is
 * an {@code aria-labelledby} to a text inside the button, which takes precedence. Buttons of a disabled spinner are
 * disabled too, instead of focusable buttons that do nothing.
 */
public class NamedSpinnerRenderer extends SpinnerRenderer {

    @Override
    protected void encodeButton(
            FacesContext context, Spinner spinner, String direction, String styleClass, String iconClass)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String id = spinner.getClientId(context) + "-" + direction;
        writer.startElement("button", null);
        writer.writeAttribute("id", id, null);
        writer.writeAttribute("type", "button", null);
        writer.writeAttribute("class", styleClass, null);
        writer.writeAttribute("aria-labelledby", id + "-name", null);
        if (spinner.getTabindex() != null) {
            writer.writeAttribute("tabindex", spinner.getTabindex(), null);
        }
        if (spinner.isDisabled()) {
            writer.writeAttribute("disabled", "disabled", null);
        }
        writer.startElement("span", null);
        writer.writeAttribute("class", "ui-button-text", null);
        writer.startElement("span", null);
        writer.writeAttribute("class", iconClass, null);
        writer.endElement("span");
        writer.endElement("span");
        writer.startElement("span", null);
        writer.writeAttribute("id", id + "-name", null);
        writer.writeAttribute("class", "sr-only", null);
        writer.writeText(name(context, spinner, direction), null);
        writer.endElement("span");
        writer.endElement("button");
    }

    private static String name(FacesContext context, Spinner spinner, String direction) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String what = spinner.getLabel() != null ? spinner.getLabel() : Messages.text(bundle, "spinner.value");
        return Messages.text(bundle, "spinner." + direction, what);
    }
}
