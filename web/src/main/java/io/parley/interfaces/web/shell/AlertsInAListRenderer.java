package io.parley.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} with list markup that assistive technology accepts: PrimeFaces writes each message
 * as {@code <li role="alert">}, which is no list item any more, inside a {@code <ul>} (axe: "list", WCAG 1.3.1).
 * Here each message is a list item holding the alert, so it is still announced at once.
 */
public class AlertsInAListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(
                new ResponseWriterWrapper(writer) {
                    @Override
                    public void startElement(String name, UIComponent component) throws IOException {
                        super.startElement(name, component);
                        if ("li".equals(name)) {
                            super.startElement("div", component); // the list item's role and aria-atomic go to this div
                        }
                    }

                    @Override
                    public void endElement(String name) throws IOException {
                        if ("li".equals(name)) {
                            super.endElement("div");
                        }
                        super.endElement(name);
                    }
                },
                uiMessages,
                msg,
                severity,
                escape);
    }
}
