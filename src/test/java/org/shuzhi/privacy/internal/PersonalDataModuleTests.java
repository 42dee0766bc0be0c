package org.shuzhi.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.Personal;
import org.shuzhi.privacy.RevealPolicy;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Personal fields are masked wherever the platform writes JSON or renders a page; a caller allowed to see them gets them in clear,
 * and that is audited once per request.
 */
@IntegrationTest
class PersonalDataModuleTests {

    record Resident(String id, @Personal(FieldType.PERSON_NAME) String name,
            @Personal(FieldType.RESIDENT_ID) String residentId, @Personal(FieldType.MOBILE) String mobile,
            @Personal(FieldType.ADDRESS) String address) {
    }

    static final Resident ZHANG = new Resident("R-1", "张三丰", "11010519491231002X", "13812345678", null);

    @Autowired
    ObjectMapper platformMapper;
    @Autowired
    Masking masking;
    @Autowired
    UnmaskedViews views;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    ApplicationContext applicationContext;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void thePlatformsJsonMasksPersonalFieldsByDefault() throws Exception {
        List<Map<String, Object>> list = platformMapper.readValue(platformMapper.writeValueAsString(List.of(ZHANG)),
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        Map<String, Object> json = list.get(0);
        assertThat(json).containsEntry("id", "R-1").containsEntry("name", "张**")
                .containsEntry("residentId", "110***********002X").containsEntry("mobile", "138****5678")
                .containsEntry("address", null);
    }

    @Test
    void pagesMaskTheSameWay() {
        Context context = new Context();
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        context.setVariable("name", ZHANG.name());
        context.setVariable("residentId", ZHANG.residentId());

        String html = templates.process("privacy-test/resident", context);

        assertThat(html).contains(">张**<").contains(">110***********002X<").doesNotContain("11010519491231002X");
    }

    @Test
    void aCallerAllowedToSeeGetsClearValuesAndOneAuditEntryPerRequest() throws Exception {
        ObjectMapper mapper = mapperRevealing(type -> type != FieldType.PERSON_NAME);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/residents");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        long before = unmaskedAuditEntries();

        String json = mapper.writeValueAsString(List.of(ZHANG, ZHANG));
        views.afterCompletion(request, new MockHttpServletResponse(), null, null);

        assertThat(json).contains("11010519491231002X").contains("13812345678").contains("张**");
        assertThat(unmaskedAuditEntries()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select details from audit.record where action = 'personal.unmasked' order by seq desc limit 1")
                .query(String.class).single()).isEqualTo("{\"RESIDENT_ID\":2,\"MOBILE\":2}");
    }

    @Test
    void unmaskedValuesOutsideARequestAreAuditedAtOnce() throws Exception {
        long before = unmaskedAuditEntries();
        String json = mapperRevealing(type -> type == FieldType.RESIDENT_ID).writeValueAsString(ZHANG);
        assertThat(json).contains("11010519491231002X").contains("138****5678");
        assertThat(unmaskedAuditEntries()).isEqualTo(before + 1);
    }

    private ObjectMapper mapperRevealing(RevealPolicy policy) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("policy", policy));
        return new ObjectMapper().registerModule(new PersonalDataModule(
                new PersonalDataView(masking, beans.getBeanProvider(RevealPolicy.class), views)));
    }

    private long unmaskedAuditEntries() {
        return jdbc.sql("select count(*) from audit.record where action = 'personal.unmasked'").query(Long.class)
                .single();
    }
}
