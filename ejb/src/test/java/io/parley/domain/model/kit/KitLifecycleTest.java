package io.parley.domain.model.kit;

import static io.parley.domain.model.kit.KitContentBuilder.aPublishableKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KitLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Kit draft(KitContent content) {
        return Kit.draft(new KitKey("data-engineer-onsite"), content, "hana", NOW);
    }

    private static Kit published() {
        Kit kit = draft(aPublishableKit().build());
        kit.publish("hana", NOW);
        return kit;
    }

    @Test
    void aNewKitIsVersionOneAndADraft() {
        Kit kit = draft(aPublishableKit().build());
        assertEquals(1, kit.versionNumber());
        assertEquals(KitStatus.DRAFT, kit.status());
        assertTrue(kit.publishedAt().isEmpty());
    }

    @Test
    void publishingFreezesTheDraft() {
        Kit kit = published();
        assertEquals(KitStatus.PUBLISHED, kit.status());
        assertEquals(NOW, kit.publishedAt().orElseThrow());
    }

    @Test
    void publishingRefusesWithEveryViolationAndLeavesADraft() {
        Kit kit = draft(aPublishableKit()
                .withCompetencyWithoutQuestions()
                .withZeroMinuteBlock()
                .build());
        KitPublishingException refusal = assertThrows(KitPublishingException.class, () -> kit.publish("hana", NOW));
        assertEquals(2, refusal.violations().size());
        assertEquals("kit.publish.refused", refusal.code());
        assertEquals(KitStatus.DRAFT, kit.status());
        assertEquals(
                List.of(KitViolation.NO_QUESTION, KitViolation.ZERO_MINUTE_BLOCK),
                refusal.reasons().stream().map(DomainException.Reason::code).toList(),
                "every violation is a reason too, as the API lists them");
    }

    @Test
    void aPublishedVersionIsReadOnly() {
        Kit kit = published();
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> kit.revise(aPublishableKit().named("Changed").build(), "hana", NOW));
        assertEquals("kit.readOnly", refusal.code());
        assertThrows(DomainException.class, () -> kit.publish("hana", NOW));
        assertThrows(DomainException.class, () -> kit.rekey(new KitKey("other-key")));
    }

    @Test
    void aDraftCanBeRevisedAndItsContentReadBack() {
        Kit kit = draft(aPublishableKit().build());
        KitContent revised = aPublishableKit()
                .named("Analytics Engineer")
                .withPolicy(15, 2)
                .withCandidateBlockOf(15)
                .build();
        kit.revise(revised, "omar", NOW.plusSeconds(60));
        assertEquals(revised, kit.content());
        assertEquals("omar", kit.updatedBy());
    }

    @Test
    void newVersionCopiesIntoTheNextDraft() {
        Kit kit = published();
        Kit next = kit.newVersion("hana", NOW);
        assertEquals(2, next.versionNumber());
        assertEquals(KitStatus.DRAFT, next.status());
        assertEquals(kit.key(), next.key());
        assertEquals(kit.content(), next.content());
        assertEquals(KitStatus.PUBLISHED, kit.status(), "the published version is untouched");
    }

    @Test
    void aDraftCannotBeCopied() {
        Kit kit = draft(aPublishableKit().build());
        assertEquals(
                "kit.newVersion.fromDraft",
                assertThrows(DomainException.class, () -> kit.newVersion("hana", NOW))
                        .code());
    }

    @Test
    void onlyAPublishedVersionCanBeArchived() {
        Kit draft = draft(aPublishableKit().build());
        assertEquals(
                "kit.archive.notPublished",
                assertThrows(DomainException.class, () -> draft.archive("hana", NOW))
                        .code());
        Kit kit = published();
        kit.archive("hana", NOW);
        assertEquals(KitStatus.ARCHIVED, kit.status());
        assertThrows(DomainException.class, () -> kit.archive("hana", NOW));
        assertEquals(2, kit.newVersion("hana", NOW).versionNumber(), "an archived kit can be revived");
    }

    @Test
    void theKeyOfALaterVersionStaysTheFamilysKey() {
        Kit next = published().newVersion("hana", NOW);
        assertEquals(
                "kit.key.frozen",
                assertThrows(DomainException.class, () -> next.rekey(new KitKey("renamed-kit")))
                        .code());
        next.rekey(new KitKey("data-engineer-onsite"));
        Kit first = draft(aPublishableKit().build());
        first.rekey(new KitKey("renamed-kit"));
        assertEquals("renamed-kit", first.key().value());
    }
}
