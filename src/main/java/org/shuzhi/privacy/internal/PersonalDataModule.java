package org.shuzhi.privacy.internal;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.Personal;
import org.shuzhi.privacy.RevealPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Jackson module (picked up by Spring Boot's {@code ObjectMapper}) that masks every {@link Personal} property
 * as it is written, so no controller can forget to. Values shown unmasked are counted for the request's audit
 * entry ({@link UnmaskedViews}).
 */
@Component
class PersonalDataModule extends SimpleModule {

    PersonalDataModule(Masking masking, ObjectProvider<RevealPolicy> policies, UnmaskedViews views) {
        super("shuzhi-personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                return properties.stream().map(writer -> {
                    Personal personal = writer.getAnnotation(Personal.class);
                    return personal == null ? writer
                            : new MaskedWriter(writer, personal.value(), masking, policies, views);
                }).toList();
            }
        });
    }

    /** Writes the property's value masked, or unmasked (and counted) when the policy allows. */
    static final class MaskedWriter extends BeanPropertyWriter {

        private final FieldType type;
        private final transient Masking masking;
        private final transient ObjectProvider<RevealPolicy> policies;
        private final transient UnmaskedViews views;

        MaskedWriter(BeanPropertyWriter base, FieldType type, Masking masking, ObjectProvider<RevealPolicy> policies,
                UnmaskedViews views) {
            super(base);
            this.type = type;
            this.masking = masking;
            this.policies = policies;
            this.views = views;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, gen, prov);
                return;
            }
            String shown;
            if (policies.getIfAvailable(() -> RevealPolicy.NOTHING).mayReveal(type)) {
                shown = value.toString();
                views.counted(type);
            } else {
                shown = masking.mask(type, value.toString());
            }
            writeString(gen, shown);
        }

        private void writeString(JsonGenerator gen, String shown) throws IOException {
            gen.writeFieldName(_name);
            if (shown == null) {
                gen.writeNull();
            } else {
                gen.writeString(shown);
            }
        }
    }
}
