package org.shuzhi.platform.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Puts {@link LiteralPrefixHandlerMapping} in place of Spring MVC's annotated handler mapping — everything else about
 * it (order, interceptors, CORS, path parsing) stays as Spring Boot configures it — and adds the
 * {@link HighRateHandlerMapping} in front of all mappings. See docs/DECISIONS.md 13.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HandlerLookupConfiguration {

    @Bean
    WebMvcRegistrations literalPrefixHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }
        };
    }

    /** Not an autowiring candidate: whoever injects "the" request mapping handler mapping by type gets the main one. */
    @Bean(autowireCandidate = false)
    HighRateHandlerMapping highRateHandlerMapping(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping main) {
        return new HighRateHandlerMapping(main);
    }
}
