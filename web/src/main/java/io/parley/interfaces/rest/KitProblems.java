package io.parley.interfaces.rest;

import io.parley.application.kit.KitImportException;
import io.parley.domain.model.kit.KitPublishingException;
import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A kit refused for reasons that lie in its parts (an import, publishing): problem details whose {@code violations}
 * list every reason as {@code "code: text"}, as other rule refusals do, and whose {@code fields} also say where each
 * lies, by its path in the kit's exchange JSON ({@code competencies[1].weight}).
 */
public final class KitProblems {

    private KitProblems() {}

    @Provider
    public static class ImportRefusal implements ExceptionMapper<KitImportException> {
        @Override
        public Response toResponse(KitImportException e) {
            return answer(e, e.violations(), UnaryOperator.identity());
        }
    }

    @Provider
    public static class PublishingRefusal implements ExceptionMapper<KitPublishingException> {
        @Override
        public Response toResponse(KitPublishingException e) {
            // the editor's paths name its agenda section "agenda"; the exchange JSON calls it "agendaTemplate"
            return answer(e, e.violations(), path -> path.replaceFirst("^agenda(?=\\[|$)", "agendaTemplate"));
        }
    }

    static Response answer(DomainException e, List<KitViolation> violations, UnaryOperator<String> documentPath) {
        int status = ProblemMappers.status(e.code());
        List<String> reasons = new ArrayList<>();
        List<String> details = new ArrayList<>();
        JsonArrayBuilder fields = Jsonp.PROVIDER.createArrayBuilder();
        for (KitViolation violation : violations) {
            String text =
                    ProblemMappers.text(violation.code(), violation.arguments().toArray());
            String path = documentPath.apply(violation.path());
            reasons.add(violation.code() + ": " + text);
            details.add(path + ": " + text);
            fields.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("path", path)
                    .add("code", violation.code())
                    .add("detail", text));
        }
        return Problem.of(status, Problem.title(status), String.join(" ", details), e.code(), reasons, fields.build());
    }
}
