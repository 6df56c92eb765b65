package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.InterviewerReport;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interviewers table a page at a time: 50 rows, the page from the address, clamped to what exists. */
class InterviewersPagingTest {

    @Test
    void showsFiftyAtATimeAndClampsThePageAskedFor() {
        InterviewersBean bean = bean(120);
        assertEquals(3, bean.getPageCount());
        assertEquals(50, bean.getPageRows().size());
        assertEquals("Interviewer 000", bean.getPageRows().get(0).displayName());
        assertEquals(1, bean.getFirstShown());
        assertEquals(50, bean.getLastShown());

        bean.setPage("3");
        assertEquals(20, bean.getPageRows().size());
        assertEquals("Interviewer 100", bean.getPageRows().get(0).displayName());
        assertEquals(101, bean.getFirstShown());
        assertEquals(120, bean.getLastShown());

        bean.setPage("99");
        assertEquals(3, bean.getPageNumber(), "past the end: the last page");
        bean.setPage("0");
        assertEquals(1, bean.getPageNumber());
        bean.setPage("two");
        assertEquals(1, bean.getPageNumber(), "nonsense: the first page");
    }

    @Test
    void anEmptyTableIsOnePageOfNothing() {
        InterviewersBean bean = bean(0);
        assertEquals(1, bean.getPageCount());
        assertEquals(List.of(), bean.getPageRows());
        assertEquals(0, bean.getFirstShown());
        assertEquals(0, bean.getLastShown());
    }

    private static InterviewersBean bean(int interviewers) {
        List<InterviewerFigures> figures = new ArrayList<>();
        for (int i = 0; i < interviewers; i++) {
            figures.add(Samples.interviewer("u" + i, String.format("Interviewer %03d", i), 40, null, false));
        }
        InterviewerReport report = new InterviewerReport(4, figures);
        InterviewersBean bean = new InterviewersBean();
        bean.analytics = (Analytics) Proxy.newProxyInstance(
                Analytics.class.getClassLoader(), new Class<?>[] {Analytics.class}, (proxy, method, args) -> {
                    if (method.getName().equals("interviewers")) {
                        return report;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        bean.form.check(List.of(), true);
        bean.compute(bean.form.filter());
        return bean;
    }
}
