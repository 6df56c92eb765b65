package io.parley.interfaces.web.kit;

import io.parley.application.kit.KitService;
import io.parley.application.kit.KitSnapshot;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitPublishingException;
import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.model.kit.QuestionType;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The kit editor page ({@code /kits/kit-editor.xhtml?id=}): holds the admin's input in a {@link KitForm} and hands
 * it to {@link KitService}. Refusals (stale version, invalid value, publishing rules) become messages; the input
 * stays as typed.
 */
@Named("kitEditor")
@ViewScoped
public class KitEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KitService kits;

    @Inject
    private Messages messages;

    private String id;
    private KitSnapshot snapshot;
    private KitForm form;
    private long lockVersion;
    private List<KitViolation> violations = List.of();

    /** The page's view action: loads the kit or answers 404. */
    public void load() throws IOException {
        snapshot = parseId().flatMap(kits::find).orElse(null);
        if (snapshot == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such kit");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        resetForm();
    }

    public void save() {
        if (store()) {
            messages.info(null, "kit.saved");
        }
    }

    /** Saves what is on the page, then publishes it, or shows every reason it cannot be published. */
    public void publish() {
        if (!store()) {
            return;
        }
        try {
            kits.publish(snapshot.id(), lockVersion);
            reload();
            resetForm();
            messages.info(null, "kit.published", snapshot.version());
        } catch (KitPublishingException e) {
            violations = e.violations();
            messages.error(null, e.code(), e.arguments());
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    public String newVersion() {
        try {
            KitId draft = kits.newVersion(snapshot.id());
            return "/kits/kit-editor?faces-redirect=true&id=" + draft.value();
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
            return null;
        }
    }

    public void archive() {
        try {
            kits.archive(snapshot.id(), lockVersion);
            reload();
            resetForm();
            messages.info(null, "kit.archived");
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    /** The kit version as a JSON file ({@code <key>-v<n>.json}). */
    public StreamedContent getExport() {
        byte[] json = kits.exportJson(snapshot.id()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(snapshot.key() + "-v" + snapshot.version() + ".json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    /** The localized reasons publishing was refused for one part of the kit (e.g. {@code agenda[2].minutes}). */
    public List<String> violationsAt(String path) {
        return violations.stream()
                .filter(v -> v.path().equals(path))
                .map(v -> messages.text(v.code(), v.arguments().toArray()))
                .toList();
    }

    public List<KitViolation> getViolations() {
        return violations;
    }

    public String describe(KitViolation violation) {
        return messages.text(violation.code(), violation.arguments().toArray());
    }

    /** The element id on the page that a violation's path points at, for the summary's links. */
    public String anchorOf(KitViolation violation) {
        return "at-" + violation.path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    private boolean store() {
        violations = List.of();
        try {
            lockVersion = kits.saveDraft(snapshot.id(), lockVersion, form.trimmedKey(), form.toContent());
            reload();
            return true;
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
            fieldOf(e.code()).ifPresent(field -> messages.error(field, e.code(), e.arguments()));
        } catch (ConstraintViolationException e) {
            messages.error(null, "kit.invalid");
        }
        return false;
    }

    /** The input a domain refusal is about, when there is exactly one. */
    private static Optional<String> fieldOf(String code) {
        if (code.startsWith("kit.key.")) {
            return Optional.of("editor:key");
        }
        return Optional.ofNullable(
                switch (code) {
                    case "kit.policy.candidateMinutes" -> "editor:minCandidate";
                    case "kit.policy.interviewers" -> "editor:minInterviewers";
                    default -> null;
                });
    }

    private void reload() {
        snapshot = kits.find(snapshot.id()).orElseThrow();
        lockVersion = snapshot.lockVersion();
    }

    private void resetForm() {
        form = KitForm.from(snapshot.key(), snapshot.content());
        lockVersion = snapshot.lockVersion();
        violations = List.of();
    }

    public boolean isEditable() {
        return snapshot != null && snapshot.editable();
    }

    public QuestionType[] getQuestionTypes() {
        return QuestionType.values();
    }

    public AgendaBlockKind[] getBlockKinds() {
        return AgendaBlockKind.values();
    }

    private Optional<KitId> parseId() {
        try {
            return Optional.of(new KitId(Long.parseLong(id == null ? "" : id.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True while Save or Publish is processed: the fields a kit cannot be saved without are required then, and
     * not while the admin adds, moves or removes rows (which must never lose what was typed).
     */
    public boolean isSaving() {
        String source = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jakarta.faces.source");
        return source != null && source.matches(".*:(save|publish)(-bottom)?");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public KitSnapshot getSnapshot() {
        return snapshot;
    }

    public KitForm getForm() {
        return form;
    }
}
