package org.shuzhi.jurisdiction.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.shuzhi.platform.ApiProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one import: at most one per level, in any order. A source need not hold all five files — parents
 * that are not in it must already be in the database. Files whose name is not one of the five (a README, say) are
 * ignored when reading a directory, a zip or the class path; a name ending in {@code .gz} is read as gzip.
 *
 * <p>Close the source when the import is done: a zip keeps its file open.
 */
final class ImportSource implements Closeable {

    /** One input file: which level it holds, its name for messages, its size in bytes (-1 if unknown). */
    record ImportFile(DivisionFile kind, String name, long size, Opener opener) {

        boolean gzipped() {
            return name.toLowerCase(Locale.ROOT).endsWith(".gz");
        }

        InputStream open() throws IOException {
            return opener.open();
        }
    }

    /** Opens an input file's raw (possibly gzipped) bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final List<ImportFile> files;
    private final Closeable resources;

    private ImportSource(List<ImportFile> files, Closeable resources) {
        this.files = files;
        this.resources = resources;
    }

    /**
     * A source of the given files, ordered by level.
     *
     * @throws ApiProblem when there is no file or two files hold the same level ({@code x.csv} and {@code x.csv.gz})
     */
    static ImportSource of(List<ImportFile> files, Closeable resources) {
        Map<DivisionFile, ImportFile> byKind = new EnumMap<>(DivisionFile.class);
        for (ImportFile file : files) {
            ImportFile previous = byKind.putIfAbsent(file.kind(), file);
            if (previous != null) {
                throw ApiProblem.badRequest("jurisdiction.import.ambiguous-file", previous.name(), file.name())
                        .with("file", file.name());
            }
        }
        if (byKind.isEmpty()) {
            throw ApiProblem.badRequest("jurisdiction.import.no-files", expectedNames());
        }
        return new ImportSource(List.copyOf(byKind.values()), resources);
    }

    /** The recognised files directly inside {@code directory}. */
    static ImportSource directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw ApiProblem.badRequest("jurisdiction.import.no-directory", directory.toString());
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<ImportFile> files = new ArrayList<>();
            for (Path path : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.getFileName().toString();
                long size = Files.size(path);
                DivisionFile.byFileName(name).ifPresent(kind ->
                        files.add(new ImportFile(kind, name, size, () -> Files.newInputStream(path))));
            }
            return of(files, () -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recognised files in a class-path folder such as {@code demo/divisions} (works inside the jar too). */
    static ImportSource classpath(String folder) {
        try {
            List<ImportFile> files = new ArrayList<>();
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + folder + "/*");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null) {
                    DivisionFile.byFileName(name).ifPresent(kind ->
                            files.add(new ImportFile(kind, name, contentLength(resource), resource::getInputStream)));
                }
            }
            return of(files, () -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recognised entries of a zip file, in any folder of it; the zip is closed with this source. */
    static ImportSource zip(Path zipPath, String displayName) {
        ZipFile zip;
        try {
            zip = new ZipFile(zipPath.toFile());
        } catch (IOException e) {
            throw ApiProblem.badRequest("jurisdiction.import.bad-zip", displayName).with("file", displayName);
        }
        List<ImportFile> files = new ArrayList<>();
        for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
            DivisionFile.byFileName(entry.getName()).ifPresent(kind -> files.add(new ImportFile(kind,
                    entry.getName(), entry.getCompressedSize(), () -> zip.getInputStream(entry))));
        }
        try {
            return of(files, zip);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** This source, which when closed also closes {@code more} (a temporary file to delete, say). */
    ImportSource alsoClosing(Closeable more) {
        Closeable own = resources;
        return new ImportSource(files, () -> {
            try {
                own.close();
            } finally {
                more.close();
            }
        });
    }

    /** The files, provinces first. */
    List<ImportFile> files() {
        return files.stream().sorted(Comparator.comparing(ImportFile::kind)).toList();
    }

    /** Sum of the file sizes, for progress; files of unknown size count as zero. */
    long totalBytes() {
        return files.stream().mapToLong(f -> Math.max(f.size(), 0)).sum();
    }

    /** {@code provinces.csv, cities.csv, …} for messages. */
    static String expectedNames() {
        return String.join(", ", Stream.of(DivisionFile.values()).map(DivisionFile::fileName).toList());
    }

    @Override
    public void close() {
        closeQuietly(resources);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing was written through it; a failed close loses nothing
        }
    }

    private static long contentLength(Resource resource) {
        try {
            return resource.contentLength();
        } catch (IOException e) {
            return -1;
        }
    }
}
