package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.analytics.AdverseImpact.GroupImpact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdverseImpactTest {

    @Test
    void fishersTeaTastingGivesTheTextbookTwoSidedP() {
        // the lady tasting tea: 3 of 4 milk-first cups named, 1 of 4 tea-first: two-sided p = 34 / 70 = 0.4857
        double p = AdverseImpact.fisherP(new GroupCount("milk first", 4, 3), new GroupCount("tea first", 4, 1));
        assertEquals(34.0 / 70, p, 1e-12);
        assertEquals(0.4857, p, 0.00005);
    }

    @Test
    void theUniformGuidelinesExampleSixtyAgainstThirtyPercent() {
        // 80 applicants, 48 hired (60 %); 40 applicants, 12 hired (30 %): 30 / 60 = 0.50, below four-fifths
        AdverseImpact impact = AdverseImpact.of(List.of(new GroupCount("A", 80, 48), new GroupCount("B", 40, 12)), 3);
        assertEquals(3, impact.unmatched());
        GroupImpact a = impact.groups().get(0);
        GroupImpact b = impact.groups().get(1);
        assertTrue(a.reference());
        assertEquals(1.0, a.impactRatio());
        assertNull(a.fisherP(), "the reference is not compared with itself");
        assertFalse(b.reference());
        assertEquals(0.30, b.rate(), 1e-12);
        assertEquals(0.50, b.impactRatio(), 1e-12);
        assertTrue(b.belowFourFifths());
        assertFalse(b.onePersonRule(), "13 / 40 = 32.5 % is still 0.54 of 60 %");
        // pooled rate 60 / 120 = 0.5; z = (0.3 - 0.6) / sqrt(0.5 * 0.5 * (1/40 + 1/80)) = -0.3 / 0.0968246 = -3.0984
        assertEquals(-3.0984, b.z(), 0.00005);
        assertEquals(0.001946, b.zP(), 0.000005);
        assertEquals(fisherByHand(12, 28, 48, 32), b.fisherP(), 1e-12);
        assertTrue(b.fisherP() < 0.01);
    }

    @Test
    void theZTestByHandForAnotherTable() {
        // 30 of 50 against 20 of 50: pooled 0.5, SE = sqrt(0.25 * 0.04) = 0.1, z = (0.4 - 0.6) / 0.1 = -2
        GroupImpact group = AdverseImpact.of(List.of(new GroupCount("x", 50, 30), new GroupCount("y", 50, 20)), 0)
                .groups()
                .get(1);
        assertEquals(-2.0, group.z(), 1e-12);
        assertEquals(0.0455, group.zP(), 0.00005);
        assertEquals(0.4 / 0.6, group.impactRatio(), 1e-12);
    }

    @Test
    void aGroupWithACellUnderFiveIsSuppressedAndCannotBeTheReference() {
        AdverseImpact impact = AdverseImpact.of(
                List.of(
                        new GroupCount("few selected", 30, 4),
                        new GroupCount("few not selected", 12, 8),
                        new GroupCount("all selected", 9, 9),
                        new GroupCount("half", 40, 20),
                        new GroupCount("third", 30, 10)),
                0);
        for (GroupImpact suppressed : impact.groups().subList(0, 3)) {
            assertTrue(suppressed.suppressed(), suppressed.group());
            assertFalse(suppressed.reference());
            assertNull(suppressed.candidates());
            assertNull(suppressed.selected());
            assertNull(suppressed.rate());
            assertNull(suppressed.impactRatio());
            assertNull(suppressed.fisherP());
            assertNull(suppressed.z());
            assertNull(suppressed.zP());
            assertFalse(suppressed.belowFourFifths());
            assertFalse(suppressed.onePersonRule());
        }
        // "few not selected" (67 %) and "all selected" (100 %) have higher rates, but the reference is "half"
        assertTrue(impact.groups().get(3).reference());
        assertEquals((10.0 / 30) / 0.5, impact.groups().get(4).impactRatio(), 1e-12);
        // five in a cell is enough
        assertFalse(AdverseImpact.of(List.of(new GroupCount("five", 10, 5)), 0)
                .groups()
                .get(0)
                .suppressed());
    }

    @Test
    void withEveryGroupSuppressedNobodyIsTheReference() {
        AdverseImpact impact = AdverseImpact.of(List.of(new GroupCount("a", 6, 2), new GroupCount("b", 3, 3)), 1);
        assertTrue(impact.groups().stream().allMatch(GroupImpact::suppressed));
        assertTrue(impact.groups().stream().noneMatch(GroupImpact::reference));
    }

    @Test
    void theOnePersonRuleMarksARatioThatOneMoreSelectedPersonWouldLiftToFourFifths() {
        AdverseImpact impact = AdverseImpact.of(
                List.of(
                        new GroupCount("reference", 100, 50),
                        new GroupCount("one short", 40, 15),
                        new GroupCount("far below", 40, 12),
                        new GroupCount("at four-fifths", 40, 16)),
                0);
        GroupImpact oneShort = impact.groups().get(1);
        // 15 / 40 = 37.5 %, ratio 0.75; 16 / 40 = 40 % would be 0.80
        assertEquals(0.75, oneShort.impactRatio(), 1e-12);
        assertTrue(oneShort.belowFourFifths());
        assertTrue(oneShort.onePersonRule());
        GroupImpact farBelow = impact.groups().get(2);
        // 12 / 40 = 30 %, ratio 0.6; 13 / 40 would be 0.65
        assertTrue(farBelow.belowFourFifths());
        assertFalse(farBelow.onePersonRule());
        GroupImpact atFourFifths = impact.groups().get(3);
        assertFalse(atFourFifths.belowFourFifths(), "exactly four-fifths is not below: " + atFourFifths.impactRatio());
        assertFalse(atFourFifths.onePersonRule(), "only a finding below four-fifths can be reversed");
    }

    @Test
    void groupCountsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCount("a", 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new GroupCount(null, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new GroupCount("a", -1, 0));
    }

    /**
     * Fisher's two-sided p by hand: the hypergeometric probabilities of every table with the same margins, summed
     * over those no more probable than the observed one.
     */
    private static double fisherByHand(int a, int b, int c, int d) {
        int row = a + b;
        int column = a + c;
        int n = a + b + c + d;
        BigDecimal total = new BigDecimal(choose(n, row));
        MathContext precision = MathContext.DECIMAL128;
        BigDecimal observed = new BigDecimal(choose(column, a).multiply(choose(n - column, b)));
        BigDecimal sum = BigDecimal.ZERO;
        for (int x = Math.max(0, row - (n - column)); x <= Math.min(row, column); x++) {
            BigDecimal p = new BigDecimal(choose(column, x).multiply(choose(n - column, row - x)));
            if (p.compareTo(observed) <= 0) {
                sum = sum.add(p);
            }
        }
        return sum.divide(total, precision).doubleValue();
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
