package io.parley.interfaces.web.shell;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link QueryForm}'s values as a map, so that a page binds a view parameter or an input to one of them by name
 * ({@code <f:viewParam name="from" value="#{bean.form.values.from}"/>}) instead of a getter and setter per parameter.
 * Reading gives the raw value ("" when none), writing sets it as {@link QueryForm#set} does; a name that is not one of
 * the form's parameters is refused both ways, as a property the bean does not have would be.
 */
final class QueryValues extends AbstractMap<String, String> {

    private final QueryForm<?> form;
    private final Map<String, String> given;

    /** {@code given}: a read-only view of the form's values. */
    QueryValues(QueryForm<?> form, Map<String, String> given) {
        this.form = form;
        this.given = given;
    }

    @Override
    public String get(Object parameter) {
        if (!(parameter instanceof String name) || !form.takes(name)) {
            throw new IllegalArgumentException("No filter parameter " + parameter);
        }
        return form.get(name);
    }

    @Override
    public String put(String parameter, String value) {
        String before = form.get(parameter);
        form.set(parameter, value);
        return before;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return given.entrySet();
    }
}
