package org.shuzhi.identity;

/**
 * A department (部门) at one jurisdiction node, e.g. 吴江区城管.
 *
 * @param code       stable code, unique nationwide, e.g. {@code 320509-cg}
 * @param name       display name
 * @param kind       what kind of department it is
 * @param regionCode the jurisdiction node it belongs to
 */
public record Department(String code, String name, DepartmentKind kind, String regionCode) {
}
