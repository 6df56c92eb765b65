package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.domain.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The home page: the caller's interviews, newest first, a page at a time, with what each waits for. */
@Named("myInterviews")
@ViewScoped
public class MyInterviewsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    private final LazyDataModel<InterviewSummary> model = new InterviewPage();

    public LazyDataModel<InterviewSummary> getModel() {
        return model;
    }

    private final class InterviewPage extends LazyDataModel<InterviewSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) interviews.countMine();
        }

        @Override
        public List<InterviewSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            Page<InterviewSummary> page = interviews.mine(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(InterviewSummary interview) {
            return Long.toString(interview.id());
        }

        @Override
        public InterviewSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(i -> Long.toString(i.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
