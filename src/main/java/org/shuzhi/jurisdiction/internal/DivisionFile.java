package org.shuzhi.jurisdiction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shuzhi.jurisdiction.DivisionLevel;

/**
 * The five files of the national division format (NBS 统计用区划代码 as packaged by {@code china-division}), one
 * per level. Each has a fixed header: {@code code,name} followed by the codes of the ancestors, which are redundant
 * (they must equal the prefixes of {@code code}) and are checked, not trusted.
 */
enum DivisionFile {

    PROVINCES("provinces", DivisionLevel.PROVINCE, List.of()),
    CITIES("cities", DivisionLevel.CITY, List.of(Ancestor.PROVINCE)),
    AREAS("areas", DivisionLevel.COUNTY, List.of(Ancestor.CITY, Ancestor.PROVINCE)),
    STREETS("streets", DivisionLevel.TOWNSHIP, List.of(Ancestor.COUNTY, Ancestor.PROVINCE, Ancestor.CITY)),
    VILLAGES("villages", DivisionLevel.VILLAGE,
            List.of(Ancestor.TOWNSHIP, Ancestor.PROVINCE, Ancestor.CITY, Ancestor.COUNTY));

    /** A redundant ancestor column: its header name and the level whose code it holds. */
    enum Ancestor {
        PROVINCE("provinceCode", DivisionLevel.PROVINCE),
        CITY("cityCode", DivisionLevel.CITY),
        COUNTY("areaCode", DivisionLevel.COUNTY),
        TOWNSHIP("streetCode", DivisionLevel.TOWNSHIP);

        final String column;
        final DivisionLevel level;

        Ancestor(String column, DivisionLevel level) {
            this.column = column;
            this.level = level;
        }
    }

    private final String baseName;
    private final DivisionLevel level;
    private final List<Ancestor> ancestors;
    private final List<String> header;

    DivisionFile(String baseName, DivisionLevel level, List<Ancestor> ancestors) {
        this.baseName = baseName;
        this.level = level;
        this.ancestors = ancestors;
        this.header = java.util.stream.Stream.concat(java.util.stream.Stream.of("code", "name"),
                ancestors.stream().map(a -> a.column)).toList();
    }

    DivisionLevel level() {
        return level;
    }

    /** The name of the plain file, e.g. {@code villages.csv}; the gzipped form adds {@code .gz}. */
    String fileName() {
        return baseName + ".csv";
    }

    /** The expected header columns in order, e.g. {@code code,name,provinceCode}. */
    List<String> header() {
        return header;
    }

    /** The ancestor columns, in file order (the column after {@code name} comes first). */
    List<Ancestor> ancestors() {
        return ancestors;
    }

    static DivisionFile of(DivisionLevel level) {
        return values()[level.ordinal()];
    }

    /** The file kind a name stands for ({@code cities.csv}, {@code VILLAGES.CSV.GZ} …), ignoring any folder. */
    static Optional<DivisionFile> byFileName(String name) {
        String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        if (plain.endsWith(".gz")) {
            plain = plain.substring(0, plain.length() - 3);
        }
        for (DivisionFile file : values()) {
            if (file.fileName().equals(plain)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
