package org.shuzhi.catalog;

/** 资源格式: the form the data is held in. */
public enum ResourceFormat {
    DATABASE, FILE, API, SPREADSHEET, IMAGE, STREAMING, OTHER
}
