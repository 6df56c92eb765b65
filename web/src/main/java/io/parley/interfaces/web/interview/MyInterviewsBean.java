package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.domain.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page: the caller's interviews, newest first, a page at a time, with what each waits for. Paging is plain
 * links ({@code ?page=2&size=50}): bookmarkable, nothing kept in the session, and one service call per visit (the
 * page and its total come together) instead of a lazy data table's count, load and view state (decision 31).
 */
@Named("myInterviews")
@RequestScoped
public class MyInterviewsBean {

    /** The page sizes offered; the first one not given is the default. */
    public static final List<Integer> SIZES = List.of(10, 20, 50);

    static final int DEFAULT_SIZE = 20;

    @EJB
    private InterviewService interviews;

    private String page;
    private String size;
    private Page<InterviewSummary> shown;

    /** Reads the requested page; a page past the end shows the last one, nonsense in the parameters the first. */
    public void load() {
        int limit = SIZES.contains(number(size, DEFAULT_SIZE)) ? number(size, DEFAULT_SIZE) : DEFAULT_SIZE;
        shown = interviews.mine((Page.requested(page) - 1) * limit, limit);
        if (shown.pastTheEnd()) {
            shown = interviews.mine(shown.lastOffset(), limit);
        }
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private Page<InterviewSummary> shown() {
        if (shown == null) {
            load();
        }
        return shown;
    }

    public List<InterviewSummary> getItems() {
        return shown().items();
    }

    public long getTotal() {
        return shown().total();
    }

    /** Position of the first row shown, counting from 1 (0 when there is none). */
    public long getFirst() {
        return shown().firstShown();
    }

    public long getLast() {
        return shown().lastShown();
    }

    public int getPageNumber() {
        return shown().number();
    }

    public long getPageCount() {
        return shown().pages();
    }

    public int getPageSize() {
        return shown().limit();
    }

    public boolean isFirstPage() {
        return getPageNumber() <= 1;
    }

    public boolean isLastPage() {
        return getPageNumber() >= getPageCount();
    }

    public List<Integer> getSizes() {
        return SIZES;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
