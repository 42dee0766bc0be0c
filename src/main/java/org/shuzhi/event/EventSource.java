package org.shuzhi.event;

/** Where an event came from. */
public enum EventSource {
    /** 网格员巡查上报. */
    GRID_PATROL,
    /** 12345 政务服务便民热线 ticket. */
    HOTLINE,
    /** 互联网+督查: the channel for citizens (人民群众). */
    PUBLIC_CITIZEN,
    /** 互联网+督查: the channel for market entities (市场主体). */
    PUBLIC_ENTERPRISE,
    /** 互联网+督查: the channel for grassroots governments (基层政府). */
    PUBLIC_GOVERNMENT,
    /** An Open311 GeoReport v2 client. */
    OPEN311,
    /** An IoT sensor, camera or monitor alarm. */
    SENSOR
}
