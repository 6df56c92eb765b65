package io.parley.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where a page stands in its list: its number, the page count and the positions shown, for lists of any length. */
class PageTest {

    private static final List<Integer> HUNDRED_AND_TWENTY =
            IntStream.rangeClosed(1, 120).boxed().toList();

    @Test
    void aPageKnowsItsNumberCountAndPositions() {
        Page<String> third = new Page<>(List.of("a", "b"), 102, 100, 50);
        assertEquals(3, third.number());
        assertEquals(3, third.pages());
        assertEquals(101, third.firstShown());
        assertEquals(102, third.lastShown());
    }

    @Test
    void anEmptyListIsOnePageShowingNothing() {
        Page<String> none = new Page<>(List.of(), 0, 0, 50);
        assertEquals(1, none.number());
        assertEquals(1, none.pages());
        assertEquals(0, none.firstShown());
        assertEquals(0, none.lastShown());
    }

    @Test
    void aPagePastTheEndKnowsWhereTheLastPageStarts() {
        Page<String> gone = new Page<>(List.of(), 120, 250, 50);
        assertTrue(gone.pastTheEnd());
        assertEquals(100, gone.lastOffset());
        assertFalse(new Page<>(List.of(), 0, 0, 50).pastTheEnd(), "an empty list has no end to be past");
        assertFalse(new Page<>(List.of("a"), 120, 100, 50).pastTheEnd());
        assertEquals(0, new Page<>(List.of(), 0, 0, 50).lastOffset());
    }

    @Test
    void aPageHoldsAtLeastOneItem() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 0, 0));
    }

    @Test
    void pagesRoundUpAndAreAtLeastOne() {
        assertEquals(1, Page.pages(0, 50));
        assertEquals(1, Page.pages(50, 50));
        assertEquals(2, Page.pages(51, 50));
        assertEquals(3, Page.pages(101, 50));
    }

    @Test
    void aPageNumberFromAnAddressIsTheFirstPageWhenItIsMissingOrNonsense() {
        assertEquals(1, Page.requested(null));
        assertEquals(1, Page.requested("two"));
        assertEquals(1, Page.requested("0"));
        assertEquals(1, Page.requested("-3"));
        assertEquals(4, Page.requested(" 4 "));
    }

    @Test
    void aListInMemoryIsCutIntoPagesAndANumberPastTheEndShowsTheLast() {
        Page<Integer> second = Page.of(HUNDRED_AND_TWENTY, 2, 50);
        assertEquals(51, second.items().get(0));
        assertEquals(50, second.items().size());
        assertEquals(120, second.total());
        assertEquals(2, second.number());

        Page<Integer> last = Page.of(HUNDRED_AND_TWENTY, 99, 50);
        assertEquals(3, last.number());
        assertEquals(List.of(101, 102), last.items().subList(0, 2));
        assertEquals(101, last.firstShown());
        assertEquals(120, last.lastShown());

        Page<Integer> empty = Page.of(List.of(), 5, 50);
        assertEquals(1, empty.number());
        assertEquals(List.of(), empty.items());
    }
}
