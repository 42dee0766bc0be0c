package org.shuzhi.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Leaves Spring MVC's {@code HandlerMappingIntrospector} cache filter out of Spring Security's filter chain.
 *
 * <p>Spring Security puts that filter in front of its chain so that its MVC request matchers and its CORS support,
 * which ask Spring MVC which handler a request goes to, ask only once per request; the filter asks eagerly, for every
 * request. The platform uses neither — its rules are path patterns ({@code PathPatternRequestMatcher}) and it has no
 * CORS configuration — so the filter's lookup of every request's handler is pure cost: 3 % of a sharing call's CPU
 * after the other lookups were made cheap (docs/DECISIONS.md 13). Should anything ask the introspector after all,
 * it still answers, only without the cache (and Spring MVC logs one warning).
 *
 * <p>Spring Security adds the filter by rewriting the {@code springSecurityFilterChain} bean definition into a
 * composite of the cache filter and the chain; this takes the cache filter's definition out of that composite
 * before any bean is made. Found nothing to take out (another Spring Security version), it changes nothing and says
 * so; {@code WebSecurityTest} fails in that case, so an upgrade cannot silently bring the cost back.
 */
final class WithoutIntrospectorCache implements BeanFactoryPostProcessor {

    static final String FILTER_CHAIN = "springSecurityFilterChain";
    private static final String CACHE_FILTER = "HandlerMappingIntrospectorCacheFilterFactoryBean";
    private static final Logger log = LoggerFactory.getLogger(WithoutIntrospectorCache.class);

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)
                || !registry.containsBeanDefinition(FILTER_CHAIN)) {
            return;
        }
        if (!remove(registry.getBeanDefinition(FILTER_CHAIN))) {
            log.info("No HandlerMappingIntrospector cache filter found in {}; left as it is", FILTER_CHAIN);
        }
    }

    /** Takes the cache filter out of the composite {@code definition} or a composite nested in it. */
    private static boolean remove(BeanDefinition definition) {
        return filterLists(definition).stream()
                .anyMatch(filters -> filters.removeIf(WithoutIntrospectorCache::isCacheFilter));
    }

    /** Whether the chain's definition still holds the cache filter, anywhere in its composites. */
    static boolean holdsCacheFilter(BeanDefinition definition) {
        return filterLists(definition).stream()
                .anyMatch(filters -> filters.stream().anyMatch(WithoutIntrospectorCache::isCacheFilter));
    }

    private static boolean isCacheFilter(Object element) {
        return element instanceof BeanDefinition filter && filter.getBeanClassName() != null
                && filter.getBeanClassName().endsWith(CACHE_FILTER);
    }

    /** The filter lists given to the composite {@code definition} and to every composite nested in them. */
    private static List<List<?>> filterLists(BeanDefinition definition) {
        List<List<?>> lists = new ArrayList<>();
        for (ValueHolder argument : definition.getConstructorArgumentValues().getIndexedArgumentValues().values()) {
            if (argument.getValue() instanceof List<?> filters) {
                lists.add(filters);
                filters.stream().filter(BeanDefinition.class::isInstance)
                        .forEach(nested -> lists.addAll(filterLists((BeanDefinition) nested)));
            }
        }
        return lists;
    }
}
