package org.shuzhi.jurisdiction;

/**
 * Published once a division import that inserted or renamed divisions has been committed, so that anyone holding
 * divisions in memory (region chains, names) reloads them.
 *
 * @param inserted divisions added
 * @param updated  divisions whose name changed
 */
public record DivisionsImported(long inserted, long updated) {
}
