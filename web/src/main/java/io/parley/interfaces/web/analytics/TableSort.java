package io.parley.interfaces.web.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of one table, from one parameter of the address: {@code ?sort=leniency} sorts ascending,
 * {@code ?sort=-leniency} descending. Column headers are links to the other order, so sorting is a plain link that
 * the keyboard follows with Enter and one can bookmark; an unknown column gives the table's own order. Missing
 * figures stay last in both directions.
 *
 * @param <T> a row
 */
public final class TableSort<T> {

    private final String parameter;
    private final Map<String, Function<T, ? extends Comparable<?>>> columns = new LinkedHashMap<>();
    private String column;
    private boolean descending;

    /** A table sorted by the address's parameter {@code parameter}. */
    public TableSort(String parameter) {
        this.parameter = parameter;
    }

    /** Adds a column that sorts by {@code key} (null means missing). */
    public <C extends Comparable<? super C>> TableSort<T> column(String name, Function<T, C> key) {
        columns.put(name, key);
        return this;
    }

    /** Takes the address's value; nonsense is ignored. */
    public void request(String value) {
        column = null;
        descending = false;
        if (value == null || value.isBlank()) {
            return;
        }
        String text = value.strip();
        boolean minus = text.startsWith("-");
        String name = minus ? text.substring(1) : text;
        if (columns.containsKey(name)) {
            column = name;
            descending = minus;
        }
    }

    /** The rows in the requested order (a stable sort: ties keep the table's own order). */
    public List<T> sorted(List<T> rows) {
        List<T> copy = new ArrayList<>(rows);
        if (column != null) {
            copy.sort(comparator(columns.get(column), descending));
        }
        return copy;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> comparator(Function<T, ? extends Comparable<?>> key, boolean descending) {
        Comparator<Comparable> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(row -> (Comparable) key.apply(row), Comparator.nullsLast(order));
    }

    public String getParameter() {
        return parameter;
    }

    /** The value of the parameter as it is now ("" for the table's own order). */
    public String getValue() {
        return column == null ? "" : (descending ? "-" : "") + column;
    }

    /** {@code aria-sort} of a column's header: ascending, descending or none. */
    public String ariaSort(String name) {
        if (!name.equals(column)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** The parameter's value a click on the header asks for: ascending first, then descending, then ascending. */
    public String next(String name) {
        check(name);
        return name.equals(column) && !descending ? "-" + name : name;
    }

    private void check(String name) {
        if (!columns.containsKey(name)) {
            throw new IllegalArgumentException("No sortable column " + name);
        }
    }
}
