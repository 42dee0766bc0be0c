package org.shuzhi.catalog;

/**
 * 挂接的资源: what a catalog entry describes — a managed dataset or an API.
 *
 * @param kind      {@code DATASET} or {@code API}
 * @param reference the dataset's name or the API's address
 */
public record AttachedResource(String kind, String reference) {
}
