package org.shuzhi.jurisdiction.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shuzhi.jurisdiction.internal.ImportSource.ImportFile;
import org.shuzhi.platform.ApiProblem;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an upload into an {@link ImportSource}: either division files named as in {@link DivisionFile} (plain or
 * {@code .gz}), or exactly one {@code .zip} holding them. An upload is stricter than a directory: a file with
 * another name is rejected, since the caller evidently meant it to be imported.
 */
final class ImportUploads {

    private ImportUploads() {
    }

    static ImportSource of(List<MultipartFile> uploads) {
        return of(uploads, null);
    }

    /**
     * Like {@link #of(List)}, but every plain upload is first copied into {@code spoolDir}, so that the source can be
     * read after the request (and with it the multipart files) is gone.
     */
    static ImportSource spooled(List<MultipartFile> uploads, Path spoolDir) {
        return of(uploads, spoolDir);
    }

    private static ImportSource of(List<MultipartFile> uploads, Path spoolDir) {
        List<MultipartFile> files = uploads == null ? List.of() : uploads.stream().filter(f -> !f.isEmpty()).toList();
        List<MultipartFile> zips = files.stream()
                .filter(f -> name(f).toLowerCase(Locale.ROOT).endsWith(".zip")).toList();
        if (!zips.isEmpty()) {
            if (files.size() > 1) {
                throw ApiProblem.badRequest("jurisdiction.import.unknown-file", name(files.get(1)),
                        ImportSource.expectedNames()).with("file", name(files.get(1)));
            }
            return zip(zips.get(0));
        }
        List<ImportFile> importFiles = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = name(file);
            DivisionFile kind = DivisionFile.byFileName(name).orElseThrow(() -> ApiProblem.badRequest(
                    "jurisdiction.import.unknown-file", name, ImportSource.expectedNames()).with("file", name));
            importFiles.add(new ImportFile(kind, name, file.getSize(),
                    spoolDir == null ? file::getInputStream : spool(file, spoolDir)));
        }
        return ImportSource.of(importFiles, () -> { });
    }

    /** A zip needs random access to list its entries, so it is spooled to a temporary file first. */
    private static ImportSource zip(MultipartFile upload) {
        try {
            Path temp = Files.createTempFile("shuzhi-divisions-", ".zip");
            try {
                upload.transferTo(temp);
                return ImportSource.zip(temp, name(upload)).alsoClosing(() -> Files.deleteIfExists(temp));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportSource.Opener spool(MultipartFile upload, Path spoolDir) {
        try {
            Path copy = Files.createTempFile(spoolDir, "upload-", ".part");
            upload.transferTo(copy);
            return () -> Files.newInputStream(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(MultipartFile file) {
        String original = file.getOriginalFilename();
        return original == null || original.isBlank() ? file.getName() : original;
    }
}
