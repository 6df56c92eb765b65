package io.parley.interfaces.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls a method in a page ({@code #{iv.candidate().name()}}, {@code #{formats.zoned(i.startsAt())}}) through the
 * method found once per class. Jakarta EL 5's {@code BeanELResolver} looks the method up again on every evaluation,
 * copying {@code Class.getMethods()} each time: 4 % of the panel pages' server time for record accessors alone
 * (decisions 33 and 34).
 * <p>
 * Answered here only when the choice is plain: a public class (and every class it is nested in), exactly one public
 * method of that name taking that many arguments, not varargs, and arguments that already are of its parameter types
 * (or the parameter types the caller names, for a method expression). Then the standard resolver would pick the same
 * method and convert nothing. Every other call (overloads of that arity, arguments to coerce, a {@code null} for a
 * primitive) goes on to the resolvers after this one.
 */
public class MethodCallELResolver extends ELResolver {

    private static final ClassValue<Map<String, List<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, List<Method>> computeValue(Class<?> type) {
            if (!reachable(type)) {
                return Map.of();
            }
            Map<String, List<Method>> byName = new HashMap<>();
            for (Method method : type.getMethods()) {
                if (!method.isBridge() && reachable(method.getDeclaringClass())) {
                    byName.computeIfAbsent(method.getName(), name -> new ArrayList<>())
                            .add(method);
                }
            }
            Map<String, List<Method>> kept = new HashMap<>();
            byName.forEach((name, methods) -> kept.put(name, List.copyOf(methods)));
            return Map.copyOf(kept);
        }
    };

    /**
     * The class and every class it is nested in are public, in a package its module exports, so its public
     * methods may be called from here.
     */
    private static boolean reachable(Class<?> type) {
        if (!type.getModule().isExported(type.getPackageName())) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The one method of {@code name} for {@code arguments}, or {@code null} when the choice is not plain. */
    static Method plainChoice(Class<?> type, String name, Class<?>[] paramTypes, Object[] arguments) {
        List<Method> candidates = METHODS.get(type).get(name);
        if (candidates == null) {
            return null;
        }
        Method chosen = null;
        for (Method method : candidates) {
            if (method.getParameterCount() == arguments.length) {
                if (chosen != null) {
                    return null; // overloaded for this many arguments: the standard resolver weighs them
                }
                chosen = method;
            }
        }
        if (chosen == null
                || chosen.isVarArgs()
                || paramTypes != null && !Arrays.equals(paramTypes, chosen.getParameterTypes())) {
            return null;
        }
        Class<?>[] parameters = chosen.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            if (!fits(parameters[i], arguments[i])) {
                return null;
            }
        }
        return chosen;
    }

    /** Already of the parameter's type (its wrapper for a primitive); {@code null} fits any reference type. */
    private static boolean fits(Class<?> parameter, Object argument) {
        if (argument == null) {
            return !parameter.isPrimitive();
        }
        return MethodType.methodType(parameter).wrap().returnType().isInstance(argument);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Method chosen = plainChoice(base.getClass(), method.toString(), paramTypes, arguments);
        if (chosen == null) {
            return null;
        }
        try {
            Object value = chosen.invoke(Modifier.isStatic(chosen.getModifiers()) ? null : base, arguments);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are left to the other resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
