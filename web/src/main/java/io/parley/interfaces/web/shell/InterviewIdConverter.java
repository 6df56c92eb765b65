package io.parley.interfaces.web.shell;

import io.parley.domain.model.interview.InterviewId;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The one converter for interview ids in view parameters ({@code <f:viewParam name="id" value="#{bean.id}"/>} with
 * an {@link InterviewId} property). An id that is not a whole number becomes {@code null}, which the page's view
 * action answers like an unknown interview ({@link NotFound}), never with a conversion message.
 */
@FacesConverter(forClass = InterviewId.class)
public class InterviewIdConverter implements Converter<InterviewId> {

    @Override
    public InterviewId getAsObject(FacesContext context, UIComponent component, String value) {
        return InterviewIds.parse(value).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, InterviewId value) {
        return value == null ? "" : Long.toString(value.value());
    }
}
