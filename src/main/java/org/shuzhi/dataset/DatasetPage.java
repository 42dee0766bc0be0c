package org.shuzhi.dataset;

import java.util.List;
import java.util.Map;

/**
 * Rows of a dataset.
 *
 * @param columns the columns returned, in order
 * @param rows    column → value (String, Long, BigDecimal, LocalDate, Instant or Boolean by the item's data type)
 * @param total   how many rows match in all
 */
public record DatasetPage(List<String> columns, List<Map<String, Object>> rows, long total) {
}
