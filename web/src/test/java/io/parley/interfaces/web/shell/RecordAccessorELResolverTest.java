package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Record accessors are answered from the kept method; anything else is left to the resolvers after it. Public, so
 * that its nested public record is reachable as a page's records are.
 */
public class RecordAccessorELResolverTest {

    public record Candidate(String name, List<String> tags) {
        public String shout() {
            return name.toUpperCase();
        }

        public Candidate {
            if ("boom".equals(name)) {
                tags = null;
            }
        }

        @Override
        public List<String> tags() {
            if (tags == null) {
                throw new IllegalStateException("no tags");
            }
            return tags;
        }
    }

    record Hidden(String name) {
    }

    private final RecordAccessorELResolver resolver = new RecordAccessorELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void aRecordsAccessorIsCalledAndResolved() {
        ELContext context = context();
        Candidate ada = new Candidate("Ada", List.of("java"));
        assertEquals("Ada", resolver.invoke(context, ada, "name", new Class<?>[0], new Object[0]));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(List.of("java"), resolver.invoke(again, ada, "tags", null, null));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void everythingElseIsLeftToTheOtherResolvers() {
        Candidate ada = new Candidate("Ada", List.of());
        for (Object[] call : List.of(
                new Object[] {ada, "shout", new Object[0]},           // a method, not an accessor
                new Object[] {ada, "name", new Object[] {"x"}},       // arguments
                new Object[] {new Hidden("h"), "name", new Object[0]}, // not public
                new Object[] {"text", "length", new Object[0]},       // not a record
                new Object[] {null, "name", new Object[0]})) {
            ELContext context = context();
            assertNull(resolver.invoke(context, call[0], call[1], null, (Object[]) call[2]));
            assertFalse(context.isPropertyResolved(), call[1] + " on " + call[0]);
        }
        assertNull(resolver.getValue(context(), ada, "name"), "properties are not this resolver's");
    }

    @Test
    void anAccessorsFailureReachesThePageAsAnElException() {
        Candidate boom = new Candidate("boom", List.of());
        ELException failure = assertThrows(ELException.class,
                () -> resolver.invoke(context(), boom, "tags", null, new Object[0]));
        assertEquals("no tags", failure.getCause().getMessage());
    }
}
