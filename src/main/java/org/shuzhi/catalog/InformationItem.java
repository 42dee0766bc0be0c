package org.shuzhi.catalog;

import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.PersonalInfo;

/**
 * 信息项: one field of a resource.
 *
 * @param name         its name as people say it, e.g. 公民身份号码
 * @param column       its column name in datasets and sharing responses, e.g. {@code id_number}
 * @param dataType     how values are stored and validated
 * @param fieldType    what it holds, for validation and masking (resident ID, mobile …; {@code PLAIN} otherwise)
 * @param grade        核心 / 重要 / 一般 (GB/T 43697); never milder than the field type's default (就高从严)
 * @param personalInfo sensitive, general or no personal information; never milder than the field type's
 * @param maskingRule  the masking rule spec for this item, or {@code null} for the field type's rule
 * @param required     every row must have a value
 * @param key          part of the key consumers query by
 */
public record InformationItem(String name, String column, ItemDataType dataType, FieldType fieldType,
        DataGrade grade, PersonalInfo personalInfo, String maskingRule, boolean required, boolean key) {
}
