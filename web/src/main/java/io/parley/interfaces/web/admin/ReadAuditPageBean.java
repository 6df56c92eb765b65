package io.parley.interfaces.web.admin;

import io.parley.application.audit.ReadAuditQuery;
import io.parley.application.audit.ReadView;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.shared.Page;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Who read what ({@code /admin/read-audit.xhtml}, hr-admin): the recorded reads of scorecards, debriefs, debrief
 * packets and records exports, newest first, 50 a page, filtered by reader, interview, kind and period. The filters
 * are view parameters, so a filtered list is an address one can bookmark; the CSV link carries the same filter and
 * holds every row it selects ({@link ReadAuditExportServlet}).
 */
@Named("readAudit")
@ViewScoped
public class ReadAuditPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "admin/read-audit.xhtml";
    static final String CSV = "admin/read-audit.csv";

    /** Reads per page of the table; the CSV has them all. */
    static final int PAGE_SIZE = 50;

    @EJB
    private ReadAuditQuery reads;

    @Inject
    private Messages messages;

    private final ReadAuditForm form = new ReadAuditForm(ZoneId.systemDefault());
    private String page;
    private Page<ReadView> rows = new Page<>(List.of(), 0, 0, PAGE_SIZE);

    /** Checks the filter of the address and reads the page asked for (past the end: the last one). */
    public void load() {
        if (!form.check()) {
            form.problems()
                    .forEach((parameter, problem) -> messages.error(
                            "filter:" + parameter,
                            problem.key(),
                            problem.arguments().toArray()));
            messages.error(null, "readAudit.problem.summary");
            return;
        }
        int number = Page.requested(page);
        rows = reads.find(form.filter(), (number - 1) * PAGE_SIZE, PAGE_SIZE);
        if (rows.pastTheEnd()) {
            rows = reads.find(form.filter(), rows.lastOffset(), PAGE_SIZE);
        }
    }

    /** Applies the filters as a new request of this page (from its first page), so that its address names them. */
    public String search() {
        page = null;
        return "/admin/read-audit?faces-redirect=true&includeViewParams=true";
    }

    public boolean isValid() {
        return form.isValid();
    }

    /** The filter; the page binds its view parameters and fields to {@code form.values}. */
    public ReadAuditForm getForm() {
        return form;
    }

    public List<ReadView> getRows() {
        return rows.items();
    }

    public long getTotal() {
        return rows.total();
    }

    public int getPageNumber() {
        return rows.number();
    }

    public long getPageCount() {
        return rows.pages();
    }

    /** The position of the page's first and last read (1-based; 0 and 0 when it is empty). */
    public long getFirstShown() {
        return rows.firstShown();
    }

    public long getLastShown() {
        return rows.lastShown();
    }

    /** The address of page {@code number} with the same filter. */
    public String pageLink(int number) {
        return contextPath() + "/" + PAGE + form.query("page", Integer.toString(number));
    }

    /** The CSV of every read the filter selects. */
    public String getCsvLink() {
        return contextPath() + "/" + CSV + form.query();
    }

    public ReadKind[] getKinds() {
        return ReadKind.values();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
