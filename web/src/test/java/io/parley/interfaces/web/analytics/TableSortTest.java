package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableSortTest {

    record Row(String name, Double figure) {}

    private static final List<Row> ROWS =
            List.of(new Row("b", 0.5), new Row("a", null), new Row("c", -0.2), new Row("d", 0.5));

    private static TableSort<Row> sort(String value) {
        TableSort<Row> sort =
                new TableSort<Row>("sort").column("name", Row::name).column("figure", Row::figure);
        sort.request(value);
        return sort;
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    @Test
    void ascendingAndDescendingWithMissingFiguresLastBothWays() {
        assertEquals(List.of("c", "b", "d", "a"), names(sort("figure").sorted(ROWS)));
        assertEquals(List.of("b", "d", "c", "a"), names(sort("-figure").sorted(ROWS)), "ties keep the table's order");
        assertEquals(List.of("d", "c", "b", "a"), names(sort("-name").sorted(ROWS)));
    }

    @Test
    void nonsenseGivesTheTablesOwnOrder() {
        for (String value : new String[] {null, "", "-", "unknown", "--figure", "figure;drop"}) {
            TableSort<Row> sort = sort(value);
            assertEquals(names(ROWS), names(sort.sorted(ROWS)), value);
            assertEquals("", sort.getValue());
            assertEquals("none", sort.ariaSort("figure"));
        }
    }

    @Test
    void aHeaderLinkAsksForAscendingFirstThenTheOtherWay() {
        assertEquals("figure", sort("").next("figure"));
        assertEquals("-figure", sort("figure").next("figure"));
        assertEquals("figure", sort("-figure").next("figure"));
        assertEquals("name", sort("-figure").next("name"));
        assertEquals("ascending", sort("figure").ariaSort("figure"));
        assertEquals("descending", sort("-figure").ariaSort("figure"));
        assertEquals("none", sort("-figure").ariaSort("name"));
        assertThrows(IllegalArgumentException.class, () -> sort("").next("nope"));
    }
}
