package org.shuzhi.catalog;

/** The data type of an information item, as it is stored and validated on import. */
public enum ItemDataType {
    TEXT, INTEGER, DECIMAL, DATE, DATETIME, BOOLEAN
}
