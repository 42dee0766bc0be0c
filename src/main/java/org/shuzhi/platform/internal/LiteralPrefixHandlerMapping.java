package org.shuzhi.platform.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's annotated handler mapping with a cheaper search for URLs that carry template variables.
 *
 * <p>A URL without variables is found by a hash lookup; one with variables ({@code /api/share/{entryCode}/rows},
 * {@code /events/{id}}) makes Spring MVC test every mapping of the platform — HTTP method, parameters, headers,
 * media types, then the path — and whatever asks Spring MVC's handler-mapping introspector makes that search again.
 * This mapping remembers, for each mapping, the literal start of its path patterns and skips a mapping whose literal
 * start the request's path does not begin with, before any condition is evaluated. A mapping
 * it skipped could not have matched: a path pattern matches only paths that begin with its literal start. Paths
 * that need decoding ({@code %}) or carry matrix variables ({@code ;}) are left to the full search.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

    /**
     * The path being looked up, for {@link #getMatchingMapping} — asked once per mapping, where reading the parsed
     * path from the request (an attribute behind several request wrappers) cost more than the test it saves.
     */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    /** {@link org.shuzhi.platform.HighRateApi} controllers are left to {@link HighRateHandlerMapping}. */
    @Override
    protected boolean isHandler(Class<?> beanType) {
        return super.isHandler(beanType) && !HighRateHandlerMapping.highRate(beanType);
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        String[] starts = literalStarts(mapping);
        if (starts != null) {
            literalStarts.put(mapping, starts);
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = LOOKUP_PATH.get();
        LOOKUP_PATH.set(plain(lookupPath) ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKUP_PATH.set(outer);
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null) {
            String[] starts = literalStarts.get(info);
            if (starts != null && !beginsWithAny(path, starts)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The literal starts of the mapping's path patterns; {@code null} when they cannot be trusted to filter. */
    String[] literalStarts(RequestMappingInfo mapping) {
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns == null || getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
            return null;
        }
        Set<PathPattern> all = patterns.getPatterns();
        String[] starts = new String[all.size()];
        int i = 0;
        for (PathPattern pattern : all) {
            starts[i++] = literalStart(pattern.getPatternString());
        }
        return starts;
    }

    /** The pattern up to its first variable, wildcard or character a request would have to encode. */
    static String literalStart(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean literal = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '.' || c == '-' || c == '_';
            if (!literal) {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }

    private static boolean plain(String path) {
        return path != null && path.indexOf('%') < 0 && path.indexOf(';') < 0;
    }

    private static boolean beginsWithAny(String path, String[] starts) {
        for (String start : starts) {
            if (path.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
