package org.shuzhi.platform.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal-start filter finds exactly the handler Spring MVC's own search finds, for every kind of path. */
class LiteralPrefixHandlerMappingTest {

    @RestController
    static class Probe {
        @GetMapping("/api/things/{id}/rows")
        String rows() {
            return "rows";
        }

        @GetMapping("/api/things/list")
        String list() {
            return "list";
        }

        @PostMapping("/api/things/{id}")
        String change() {
            return "change";
        }

        @GetMapping({"/other/{x}", "/also/{x}"})
        String other() {
            return "other";
        }

        @GetMapping("/{anything}/tail")
        String tail() {
            return "tail";
        }

        @GetMapping("/files/**")
        String files() {
            return "files";
        }

        @GetMapping("/名录/{x}")
        String chinese() {
            return "chinese";
        }
    }

    @Test
    void literalStartsEndAtTheFirstVariableWildcardOrEncodedCharacter() {
        assertThat(LiteralPrefixHandlerMapping.literalStart("/api/share/{entryCode}/rows")).isEqualTo("/api/share/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/files/**")).isEqualTo("/files/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/css/*.css")).isEqualTo("/css/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/名录/{x}")).isEqualTo("/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/api/things/list")).isEqualTo("/api/things/list");
    }

    @Test
    void findsWhatSpringMvcFindsForEveryPath() throws Exception {
        RequestMappingHandlerMapping plain = started(new RequestMappingHandlerMapping());
        RequestMappingHandlerMapping filtered = started(new LiteralPrefixHandlerMapping());
        List<String[]> requests = List.of(
                new String[] {"GET", "/api/things/7/rows"}, new String[] {"GET", "/api/things/list"},
                new String[] {"POST", "/api/things/7"}, new String[] {"GET", "/other/x"},
                new String[] {"GET", "/also/y"}, new String[] {"GET", "/zzz/tail"},
                new String[] {"GET", "/files/a/b/c.txt"}, new String[] {"GET", "/%E5%90%8D%E5%BD%95/x"},
                new String[] {"GET", "/api/th%69ngs/7/rows"}, new String[] {"GET", "/api/nothing/7"},
                new String[] {"GET", "/api/things/7/rows/more"}, new String[] {"GET", "/"});
        for (String[] r : requests) {
            assertThat(handler(filtered, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(handler(plain, r[0], r[1]));
        }
        assertThat(handler(filtered, "GET", "/api/things/7/rows")).isEqualTo("rows");
        assertThat(handler(filtered, "GET", "/zzz/tail")).isEqualTo("tail");
        assertThat(handler(filtered, "GET", "/%E5%90%8D%E5%BD%95/x")).isEqualTo("chinese");
        assertThat(handler(filtered, "GET", "/api/th%69ngs/7/rows")).isEqualTo("rows");
        assertThat(handler(filtered, "GET", "/api/nothing/7")).isNull();
    }

    private static RequestMappingHandlerMapping started(RequestMappingHandlerMapping mapping) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(Probe.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static String handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod().getName();
        } catch (org.springframework.web.HttpRequestMethodNotSupportedException e) {
            return "405";
        }
    }
}
