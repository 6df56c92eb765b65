package io.parley.interfaces.rest;

import io.parley.application.kit.KitSnapshot;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A kit version as the kits-as-code endpoints answer it: what a client needs to go on (id, key, version, status,
 * the {@code lockVersion} to publish with) and the shape other calls depend on (scale, competencies). The whole
 * content is the export ({@code GET /kits/{id}/export}).
 */
final class KitSnapshotJson {

    private KitSnapshotJson() {}

    static JsonObject summary(KitSnapshot kit) {
        JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
        for (CompetencySpec c : kit.content().competencies()) {
            competencies.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("key", c.key())
                    .add("name", c.name())
                    .add("required", c.required())
                    .add("weight", c.weight()));
        }
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", kit.id().value())
                .add("key", kit.key())
                .add("name", kit.content().name())
                .add("version", kit.version())
                .add("status", kit.status().name())
                .add("lockVersion", kit.lockVersion())
                .add("updatedAt", kit.updatedAt().toString())
                .add("updatedBy", kit.updatedBy());
        if (kit.publishedAt() == null) {
            json.addNull("publishedAt");
        } else {
            json.add("publishedAt", kit.publishedAt().toString());
        }
        return json.add(
                        "ratingScale",
                        Jsonp.PROVIDER.createArrayBuilder(
                                kit.content().ratingScale().labels()))
                .add("competencies", competencies)
                .build();
    }
}
