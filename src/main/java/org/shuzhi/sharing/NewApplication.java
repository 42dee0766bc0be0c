package org.shuzhi.sharing;

import java.util.List;

/**
 * A sharing application 共享申请 as the applicant writes it.
 *
 * @param entryCode    the published catalog entry applied for (有条件共享 only)
 * @param purpose      用途: what the data is needed for
 * @param fields       the information items wanted, by column name
 * @param durationDays how long access is wanted, in calendar days (1–1095)
 * @param legalBasis   依据: the law or rule the need rests on
 * @param rowRegion    the rows wanted: a region inside the applicant's scope; {@code null} for the applicant's region
 */
public record NewApplication(String entryCode, String purpose, List<String> fields, Integer durationDays,
        String legalBasis, String rowRegion) {
}
