package org.shuzhi.platform.internal;

import java.util.List;

import org.shuzhi.platform.HighRateApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The handler mapping of {@link HighRateApi} controllers, consulted first — by the dispatcher and by Spring
 * Security's handler-mapping introspector, which both ask every mapping in order until one answers. It holds only
 * those controllers (the main mapping leaves them out), so a call of such an endpoint is found among a handful of
 * mappings instead of after the actuator's and the platform's ~200; any other request costs it one failed look.
 * It takes its configuration — path parser, content negotiation, path prefixes, CORS, interceptors — from the main
 * mapping, so an endpoint behaves exactly as it would there.
 */
class HighRateHandlerMapping extends RequestMappingHandlerMapping {

    HighRateHandlerMapping(RequestMappingHandlerMapping main) {
        setOrder(Ordered.HIGHEST_PRECEDENCE);
        setPatternParser(main.getPatternParser());
        setContentNegotiationManager(main.getContentNegotiationManager());
        setPathPrefixes(main.getPathPrefixes());
        if (main.getCorsConfigurationSource() != null) {
            setCorsConfigurationSource(main.getCorsConfigurationSource());
        }
        setCorsProcessor(main.getCorsProcessor());
        setInterceptors((Object[]) main.getAdaptedInterceptors());
    }

    /** The main mapping's interceptors already include the mapped ones it found in the context. */
    @Override
    protected void detectMappedInterceptors(List<HandlerInterceptor> mappedInterceptors) {
    }

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return highRate(beanType);
    }

    static boolean highRate(Class<?> beanType) {
        return AnnotatedElementUtils.hasAnnotation(beanType, HighRateApi.class);
    }
}
