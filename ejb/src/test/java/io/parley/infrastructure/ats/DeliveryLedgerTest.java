package io.parley.infrastructure.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {

    @Test
    void aClaimHoldsAsLongAsTheSettingSays() {
        assertEquals(Duration.ofSeconds(60), DeliveryLedger.claim(60));
        assertEquals(Duration.ofSeconds(20), DeliveryLedger.claim(20));
        assertEquals(Duration.ofMinutes(5), DeliveryLedger.claim(300));
    }

    @Test
    void aClaimNeverEndsBeforeOneSendCouldHaveEnded() {
        assertEquals(Duration.ofSeconds(20), DeliveryLedger.claim(19));
        assertEquals(Duration.ofSeconds(20), DeliveryLedger.claim(0));
        assertEquals(Duration.ofSeconds(20), DeliveryLedger.claim(-5));
    }
}
