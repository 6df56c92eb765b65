package io.parley.interfaces.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.primefaces.component.autocomplete.AutoComplete;
import org.primefaces.component.autocomplete.AutoCompleteRenderer;

/**
 * PrimeFaces' autocomplete with {@code multiple="true"} as valid ARIA (WCAG 1.3.1, 4.1.2). PrimeFaces writes the
 * chosen tokens (options) and the text input into one nameless {@code <ul role="listbox">}, which may hold options
 * only, and the input's {@code <li>} is then a list item outside a list. Here the container is the plain list it
 * looks like, named by the component's {@code label}: the chosen members as list items, then the input. Tokens that
 * PrimeFaces' script adds while the user picks still carry its {@code role="option"} until the field is rendered
 * again (decision 36).
 */
public class TokenListAutoCompleteRenderer extends AutoCompleteRenderer {

    @Override
    protected void encodeMultipleMarkup(FacesContext context, AutoComplete autoComplete) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            private final Deque<String> open = new ArrayDeque<>();

            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                open.push(name);
                super.startElement(name, component);
            }

            @Override
            public void endElement(String name) throws IOException {
                open.pop();
                super.endElement(name);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                String element = open.peek();
                if ("ul".equals(element) && "role".equals(name) && "listbox".equals(value)) {
                    if (autoComplete.getLabel() != null) {
                        super.writeAttribute("aria-label", autoComplete.getLabel(), null);
                    }
                } else if (!("ul".equals(element) && "aria-orientation".equals(name))
                        && !("li".equals(element) && ("role".equals(name) || "aria-selected".equals(name)))) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeMultipleMarkup(context, autoComplete);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
