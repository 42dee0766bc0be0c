package org.shuzhi.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description says how to authenticate: an opaque bearer token issued by Shuzhi. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SCHEME = "bearer-token";

    @Bean
    OpenAPI shuzhiApi() {
        return new OpenAPI()
                .info(new Info().title("Shuzhi 数治 API").version("v1")
                        .description("数治基层社会治理大数据平台接口。Every call needs a token: "
                                + "Authorization: Bearer <token>. Errors are RFC 7807 problem+json in the language "
                                + "of Accept-Language (zh-CN or en)."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")
                        .description("A token issued to a user or a system account (sz_…); it expires and can be "
                                + "revoked. Stored by Shuzhi only as its SHA-256 hash.")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
