package org.shuzhi.event;

import java.util.Locale;

import org.shuzhi.calendar.TimeLimit;

/**
 * One entry of the 3-level event category catalogue (三级分类). Leaves (level 3) carry the time limits and the
 * kind of department usually responsible.
 *
 * @param code           2, 4 or 6 digits; a child's code extends its parent's
 * @param parentCode     the parent's code, {@code null} at level 1
 * @param level          1, 2 or 3
 * @param nameZh         the Chinese name
 * @param nameEn         the English name
 * @param normalLimit    the time limit for normal events (leaves only, else {@code null})
 * @param urgentLimit    the time limit for urgent events (leaves only); critical events get half of it
 * @param departmentKind the kind of department usually responsible (a {@code DepartmentKind} name), or {@code null}
 */
public record Category(String code, String parentCode, int level, String nameZh, String nameEn,
        TimeLimit normalLimit, TimeLimit urgentLimit, String departmentKind) {

    /** True for level 3, the categories events are filed under. */
    public boolean isLeaf() {
        return level == 3;
    }

    /** The name in the language of {@code locale}. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The time limit for an event of this urgency. */
    public TimeLimit limitFor(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> normalLimit;
            case URGENT -> urgentLimit;
            case CRITICAL -> urgentLimit.halved();
        };
    }
}
