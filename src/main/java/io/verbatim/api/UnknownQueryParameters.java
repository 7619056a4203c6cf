package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the matched operation does not declare ({@code ?speakr=rand-paul}, a typo that would
 * otherwise be ignored and answer everything): a 400 problem naming each one and the closest declared name. The
 * declared names are the operation's {@code @QueryParam}s, directly or in a {@code @BeanParam}, read once per method.
 * Every query parameter the service reads must therefore be declared that way (none is read from {@code UriInfo}).
 */
public class UnknownQueryParameters {

    static final String DETAIL = "is not a parameter of this operation";

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Set<String> declared = known.computeIfAbsent(method, UnknownQueryParameters::declared);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : sent) {
            if (!declared.contains(name)) {
                String hint = closest(name, declared);
                unknown.add("'" + Problem.truncate(name, 60) + "'" + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
                errors.add(new Problem.FieldError(name, "query",
                        DETAIL + (hint == null ? "" : "; did you mean '" + hint + "'?")));
            }
        }
        if (errors.isEmpty()) {
            return;
        }
        String accepted = declared.isEmpty() ? "This operation takes no query parameters."
                : "It accepts " + String.join(", ", declared) + ".";
        throw new ProblemException(ProblemType.INVALID_PARAMETER, (unknown.size() == 1 ? "Unknown query parameter "
                : "Unknown query parameters ") + String.join(", ", unknown) + ". " + accepted, errors);
    }

    /** The query parameter names of a resource method: its own and those of its bean parameters' fields. */
    static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addName(parameter, names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        addName(field, names);
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    private static void addName(AnnotatedElement element, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
    }

    /** The declared name nearest by edit distance (ignoring case), or null when there is none. */
    static String closest(String name, Set<String> declared) {
        // Bounded, so that a flood of a name costs nothing; such a name is near nothing anyway.
        String lower = Problem.truncate(name, 100).toLowerCase(Locale.ROOT);
        return declared.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
