/**
 * Inside the jurisdiction module: storage ({@code jurisdiction.division}), import, REST API and pages.
 *
 * <h2>Import format</h2>
 * Five UTF-8 CSV files, one per level, each optionally gzipped ({@code .csv.gz}); any subset may be imported at
 * once, parents not in the files must already be stored:
 * <pre>
 * provinces.csv  code,name                                             (2 digits)
 * cities.csv     code,name,provinceCode                                (4 digits)
 * areas.csv      code,name,cityCode,provinceCode                       (6 digits)
 * streets.csv    code,name,areaCode,provinceCode,cityCode              (9 digits)
 * villages.csv   code,name,streetCode,provinceCode,cityCode,areaCode   (12 digits)
 * </pre>
 * Rules, each reported with file and line (header = line 1) as a 400 problem, the database left untouched: the
 * header as above (a UTF-8 byte order mark is allowed); RFC 4180 quoting, with no line breaks inside a value; the
 * column count of the header; a code of only digits and of its file's length; a name that is not blank and at most
 * 200 characters; ancestor columns equal to the code's prefixes; no code twice; every parent in the files or
 * already stored. Blank lines are skipped anywhere. Leading and trailing spaces of unquoted values and of names
 * are dropped.
 *
 * <p>Entry points: {@code java -jar shuzhi.jar import-divisions <dir>} ({@link
 * org.shuzhi.jurisdiction.internal.ImportDivisionsCommand}), {@code POST /api/jurisdictions/import} (the files,
 * or one zip holding them) and the demo loader. All go through {@link
 * org.shuzhi.jurisdiction.internal.DivisionImporter}: one transaction, COPY into a staging table, set-based checks
 * and merge. Re-importing is idempotent; divisions absent from the files are kept.
 */
package org.shuzhi.jurisdiction.internal;
