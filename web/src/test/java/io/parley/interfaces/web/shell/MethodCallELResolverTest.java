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
 * Plain calls (record accessors, a bean's one method of that name and arity with arguments of its types) are answered
 * from the kept method; anything that needs the standard resolver's weighing or coercion is left to the resolvers
 * after it. Public, so that its nested public types are reachable as a page's records and beans are.
 */
public class MethodCallELResolverTest {

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

    record Hidden(String name) {}

    /** Stands for a page's bean: {@code #{formats.zoned(x)}}, {@code #{prep.scaleLabel(as.index)}}. */
    public static class Bean {
        public String greet(String name) {
            return "Hello " + name;
        }

        public String label(int index) {
            return "label " + index;
        }

        public String pick(String text) {
            return "text";
        }

        public String pick(Integer number) {
            return "number";
        }

        public String twice(String text) {
            return text + text;
        }

        public String twice(String text, String separator) {
            return text + separator + text;
        }

        public String join(String... parts) {
            return String.join(",", parts);
        }

        public static String shout(String text) {
            return text.toUpperCase();
        }

        public String fail(String why) {
            throw new IllegalArgumentException(why);
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();

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
        assertEquals("ADA", resolver.invoke(context(), ada, "shout", null, new Object[0]), "a record's own method");
    }

    @Test
    void aBeansOneMethodOfThatArityIsCalledWithArgumentsOfItsTypes() {
        Bean bean = new Bean();
        for (Object[] call : List.of(
                new Object[] {"greet", new Object[] {"Ada"}, "Hello Ada"},
                new Object[] {"greet", new Object[] {null}, "Hello null"},
                new Object[] {"label", new Object[] {2}, "label 2"}, // Integer for int
                new Object[] {"twice", new Object[] {"a", "-"}, "a-a"}, // overloaded, but not for two
                new Object[] {"shout", new Object[] {"hi"}, "HI"})) { // static
            ELContext context = context();
            assertEquals(call[2], resolver.invoke(context, bean, call[0], null, (Object[]) call[1]));
            assertTrue(context.isPropertyResolved(), call[0].toString());
        }
    }

    @Test
    void callsThatNeedWeighingOrCoercionAreLeftToTheStandardResolver() {
        Bean bean = new Bean();
        for (Object[] call : List.of(
                new Object[] {"label", new Object[] {2L}, null}, // Long to convert to int
                new Object[] {"label", new Object[] {null}, null}, // null for a primitive
                new Object[] {"greet", new Object[] {7}, null}, // a number to convert to text
                new Object[] {"pick", new Object[] {"x"}, null}, // overloaded for one argument
                new Object[] {"join", new Object[] {new String[] {"a"}}, null}, // varargs
                new Object[] {"greet", new Object[] {"Ada"}, new Class<?>[] {Object.class}}, // other declared types
                new Object[] {"missing", new Object[0], null})) {
            ELContext context = context();
            assertNull(resolver.invoke(context, bean, call[0], (Class<?>[]) call[2], (Object[]) call[1]));
            assertFalse(context.isPropertyResolved(), call[0].toString());
        }
    }

    @Test
    void aBeanMethodsFailureReachesThePageAsAnElException() {
        ELException failure = assertThrows(
                ELException.class, () -> resolver.invoke(context(), new Bean(), "fail", null, new Object[] {"no"}));
        assertEquals("no", failure.getCause().getMessage());
    }

    @Test
    void everythingElseIsLeftToTheOtherResolvers() {
        Candidate ada = new Candidate("Ada", List.of());
        for (Object[] call : List.of(
                new Object[] {ada, "name", new Object[] {"x"}}, // no such method with an argument
                new Object[] {new Hidden("h"), "name", new Object[0]}, // not public
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
        ELException failure =
                assertThrows(ELException.class, () -> resolver.invoke(context(), boom, "tags", null, new Object[0]));
        assertEquals("no tags", failure.getCause().getMessage());
    }
}
