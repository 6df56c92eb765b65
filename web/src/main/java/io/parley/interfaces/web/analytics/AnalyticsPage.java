package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.QueryForm.Problem;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the analytics pages share: the filter from the address (view parameters bound to {@code form.values}),
 * checked before the service is asked, each wrong value named in a Faces message and next to its field while the
 * form shows it as given; a refusal of the service becomes a message too, never an error page. The pages are request
 * scoped: the filter form is a plain GET form and sorting is links, so there is no view state to keep.
 */
public abstract class AnalyticsPage {

    @EJB
    protected Analytics analytics;

    @Inject
    protected Messages messages;

    protected final FilterForm form = new FilterForm();

    private List<KitChoice> kits = List.of();
    private boolean shown;

    /** The view action: checks the filter and, when it holds, asks for the figures. */
    public void load() {
        kits = filtersByKit() ? analytics.kits() : List.of();
        if (!form.check(kits, filtersByKit(), filtersByInterviewer())) {
            form.problems()
                    .keySet()
                    .forEach(parameter -> messages.error(null, "analytics.filter.problem", problemText(parameter)));
            return;
        }
        try {
            compute(form.filter());
            shown = true;
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        } catch (ConstraintViolationException e) {
            messages.error(null, "analytics.filter.invalid");
        }
    }

    /** Asks the service for this page's figures. */
    protected abstract void compute(AnalyticsFilter filter);

    /** Whether this page has the interviewer field (the interviewers table does). */
    protected boolean filtersByInterviewer() {
        return false;
    }

    public boolean isInterviewerField() {
        return filtersByInterviewer();
    }

    /** Whether this page has the kit, version and competency fields (the hr-admin pages do). */
    protected boolean filtersByKit() {
        return true;
    }

    public boolean isKitFields() {
        return filtersByKit();
    }

    /** Whether the figures were computed (the filter holds and the service answered). */
    public boolean isShown() {
        return shown;
    }

    public FilterForm getForm() {
        return form;
    }

    public List<KitChoice> getKits() {
        return kits;
    }

    /** The versions the form offers: every kit's, each marked with its kit so the form's script can narrow them. */
    public List<Choice> getVersions() {
        List<Choice> versions = new ArrayList<>();
        kits.forEach(kit -> kit.versions()
                .forEach(v -> versions.add(new Choice(
                        kit.key(), Integer.toString(v), messages.text("analytics.filter.versionNumber", v)))));
        return versions;
    }

    /** The competencies the form offers, of every kit, each marked with its kit. */
    public List<Choice> getCompetencies() {
        List<Choice> competencies = new ArrayList<>();
        kits.forEach(kit ->
                kit.competencies().forEach(c -> competencies.add(new Choice(kit.key(), c.key(), c.name()))));
        return competencies;
    }

    /** An option of a select that belongs to one kit. */
    public record Choice(String kit, String value, String label) {}

    /** The message for a wrong parameter, with the field's name in front; null when it is fine. */
    public String problemText(String parameter) {
        return form.problem(parameter)
                .map(problem -> problemText(parameter, problem))
                .orElse(null);
    }

    private String problemText(String parameter, Problem problem) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(messages.text("analytics.filter." + parameter));
        arguments.addAll(problem.arguments());
        return messages.text(problem.key(), arguments.toArray());
    }

    /** The address of another analytics page with the same filter. */
    public String to(String page) {
        return link(page);
    }

    /** The address of another analytics page (or this one) with the same filter and more parameters. */
    public String link(String page, String... more) {
        return contextPath() + "/" + page + form.query(more);
    }

    protected static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** The address that sorts {@code table} by {@code column}, keeping the filter and the other table's order. */
    public String sortLink(TableSort<?> table, String column) {
        List<String> more = new ArrayList<>(List.of(table.getParameter(), table.next(column)));
        for (TableSort<?> other : sorts()) {
            if (other != table && !other.getParameter().equals(table.getParameter())) {
                more.add(other.getParameter());
                more.add(other.getValue());
            }
        }
        return link(page(), more.toArray(String[]::new));
    }

    /** This page's path under the context root, e.g. {@code analytics/reliability.xhtml}. */
    protected abstract String page();

    /** The tables of this page that sort. */
    protected List<TableSort<?>> sorts() {
        return List.of();
    }

    protected static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    protected static ResourceBundle bundle() {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale());
    }
}
