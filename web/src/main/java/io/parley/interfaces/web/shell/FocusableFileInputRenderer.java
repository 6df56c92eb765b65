package io.parley.interfaces.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload without the {@code aria-hidden="true"} it puts on the file input: that input is the
 * control a keyboard user tabs to and opens, so hiding it from assistive technology leaves a focus stop without a
 * name or role (axe: "aria-hidden-focus", WCAG 4.1.2). Its label is the field's own.
 */
public class FocusableFileInputRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(
            FacesContext context, FileUpload fileUpload, String clientId, String inputId, String label)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, label);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
