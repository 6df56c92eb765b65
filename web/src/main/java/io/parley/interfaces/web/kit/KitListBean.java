package io.parley.interfaces.web.kit;

import io.parley.application.kit.KitImportException;
import io.parley.application.kit.KitService;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitStatus;
import io.parley.domain.model.kit.KitSummary;
import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/** The kit list ({@code /kits/kit-list.xhtml}): search, filter, page; create a draft or import one. */
@Named("kitList")
@ViewScoped
public class KitListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KitService kits;

    @Inject
    private Messages messages;

    private String query;
    private KitStatus status;
    private String newName;
    private String newKey;
    /** Read within the request that brings it; kept out of the (replicated) session. */
    private transient UploadedFile upload;

    private final LazyDataModel<KitSummary> model = new KitPage();

    public String create() {
        try {
            String key = newKey == null || newKey.isBlank() ? KitKey.slug(newName == null ? "" : newName) : newKey;
            KitId id = kits.createDraft(newName, key);
            return editor(id);
        } catch (DomainException e) {
            messages.error("create:newKey", e.code(), e.arguments());
        } catch (ConstraintViolationException e) {
            messages.error("create:newName", "kit.create.invalid");
        }
        return null;
    }

    public String importKit() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("import:file", "kit.import.empty");
            return null;
        }
        try {
            KitId id = kits.importJson(new String(upload.getContent(), StandardCharsets.UTF_8));
            return editor(id);
        } catch (KitImportException e) {
            messages.error("import:file", e.code(), e.arguments());
            for (KitViolation problem : e.violations()) {
                messages.error(
                        "import:file",
                        "kit.import.at",
                        problem.path(),
                        messages.text(problem.code(), problem.arguments().toArray()));
            }
            return null;
        } catch (DomainException e) {
            messages.error("import:file", e.code(), e.arguments());
            return null;
        }
    }

    private static String editor(KitId id) {
        return "/kits/kit-editor?faces-redirect=true&id=" + id.value();
    }

    public KitStatus[] getStatuses() {
        return KitStatus.values();
    }

    public LazyDataModel<KitSummary> getModel() {
        return model;
    }

    /** One page of the search, fetched when the table asks for it. */
    private final class KitPage extends LazyDataModel<KitSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) kits.search(new KitSearch(query, status, 0, 1)).total();
        }

        @Override
        public List<KitSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<KitSummary> page = kits.search(new KitSearch(query, status, first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(KitSummary kit) {
            return Long.toString(kit.id());
        }

        @Override
        public KitSummary getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(kit -> Long.toString(kit.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public KitStatus getStatus() {
        return status;
    }

    public void setStatus(KitStatus status) {
        this.status = status;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
