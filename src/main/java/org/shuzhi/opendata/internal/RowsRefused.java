package org.shuzhi.opendata.internal;

/**
 * A request for rows that the public portal will not answer as asked — a column that is not public, a filter or
 * sort on a personal column — with a message key of the {@code opendata} bundle. Each channel reports it in its own
 * way: CKAN as a Validation Error, pages and downloads as 400.
 */
class RowsRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    RowsRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
