package org.shuzhi.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuzhi.platform.Unscoped;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running platform serves from its own controllers, read from Spring MVC's handler mappings — so
 * a test that walks them covers endpoints added later without being touched.
 *
 * @param method  the HTTP method (GET for mappings that accept any)
 * @param pattern the path pattern, e.g. {@code /api/grids/{code}}
 * @param handler the controller method
 */
public record Endpoints(HttpMethod method, String pattern, HandlerMethod handler) {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    /**
     * The platform's endpoints (controllers under {@code org.shuzhi}) in every annotated handler mapping of the
     * context — the main one and the one for {@code @HighRateApi} controllers — sorted by pattern and method.
     */
    public static List<Endpoints> of(ApplicationContext context) {
        List<Endpoints> endpoints = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(m -> add(m, endpoints));
        endpoints.sort((a, b) -> (a.pattern + a.method).compareTo(b.pattern + b.method));
        return endpoints;
    }

    private static void add(RequestMappingHandlerMapping mapping, List<Endpoints> endpoints) {
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("org.shuzhi.")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : info.getPatternValues()) {
                httpMethods.forEach(m -> endpoints.add(new Endpoints(m, pattern, handler)));
            }
        });
    }

    /** True when the path has variables such as {@code {code}}. */
    public boolean hasPathVariables() {
        return VARIABLE.matcher(pattern).find();
    }

    /** The path with every variable set to {@code value} (URL-encoded). */
    public String expand(String value) {
        return VARIABLE.matcher(pattern).replaceAll(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** True for GET and HEAD. */
    public boolean isRead() {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    /** The reason given by {@link Unscoped} on the handler method or its controller, or {@code null}. */
    public String unscopedReason() {
        Unscoped onMethod = handler.getMethodAnnotation(Unscoped.class);
        Unscoped onType = handler.getBeanType().getAnnotation(Unscoped.class);
        return onMethod != null ? onMethod.value() : onType != null ? onType.value() : null;
    }

    /** True when the handler takes a request parameter of this name. */
    public boolean takesParameter(String name) {
        return Arrays.stream(handler.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestParam.class))
                .anyMatch(p -> p != null && (name.equals(p.name()) || name.equals(p.value())))
                || Arrays.stream(handler.getMethod().getParameters()).anyMatch(p -> name.equals(p.getName())
                        && p.isAnnotationPresent(RequestParam.class));
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
