package org.shuzhi.privacy.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Personal;
import org.springframework.stereotype.Component;

/**
 * The Jackson module (picked up by Spring Boot's {@code ObjectMapper}) that masks every {@link Personal} property
 * as it is written, so no controller can forget to. It decides exactly as pages do ({@link PersonalDataView}):
 * masked unless the reveal policy allows, unmasked values counted for the request's audit entry.
 */
@Component
class PersonalDataModule extends SimpleModule {

    PersonalDataModule(PersonalDataView view) {
        super("shuzhi-personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                // Jackson goes on to edit this list (any-getters, filters): it must stay mutable
                List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
                for (BeanPropertyWriter writer : properties) {
                    Personal personal = writer.getAnnotation(Personal.class);
                    changed.add(personal == null ? writer : new MaskedWriter(writer, personal.value(), view));
                }
                return changed;
            }
        });
    }

    /** Writes the property's value masked, or unmasked (and counted) when the policy allows. */
    static final class MaskedWriter extends BeanPropertyWriter {

        private final FieldType type;
        private final transient PersonalDataView view;

        MaskedWriter(BeanPropertyWriter base, FieldType type, PersonalDataView view) {
            super(base);
            this.type = type;
            this.view = view;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, gen, prov);
                return;
            }
            writeString(gen, view.show(type.name(), value));
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
