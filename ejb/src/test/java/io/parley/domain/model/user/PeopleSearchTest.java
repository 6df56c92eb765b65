package io.parley.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import org.junit.jupiter.api.Test;

class PeopleSearchTest {

    @Test
    void theSearchIsTrimmedAndThePageBounded() {
        PeopleSearch search = new PeopleSearch("  ines ", null, null, null, -5, 10_000);
        assertEquals("ines", search.text());
        assertEquals(0, search.offset());
        assertEquals(Page.MAX_LIMIT, search.limit());
        assertEquals("", new PeopleSearch(null, null, null, null, 0, 0).text());
        assertEquals(1, new PeopleSearch(null, null, null, null, 0, 0).limit());
    }

    @Test
    void anOverlongSearchIsRefused() {
        assertThrows(
                DomainException.class,
                () -> new PeopleSearch("x".repeat(PeopleSearch.MAX_TEXT + 1), null, null, null, 0, 20));
    }
}
