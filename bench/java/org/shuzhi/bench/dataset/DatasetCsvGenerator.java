package org.shuzhi.bench.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.shuzhi.privacy.ResidentIdNumber;

/**
 * Writes a synthetic population CSV (UTF-8) of any size, the same for the same row count: name, a unique valid
 * resident ID number (the key), a mobile number, an age, a registration date and a township region code of 吴江区.
 *
 * <p>Usage: {@code DatasetCsvGenerator FILE [ROWS=1000000]}.
 */
public final class DatasetCsvGenerator {

    static final String HEADER = "name,id_number,mobile,age,registered,region_code";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    private static final String[] TOWNS = {"320509001", "320509100", "320509101", "320509102", "320509104",
        "320509105", "320509106", "320509107"};

    private DatasetCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
    }

    static void write(Path file, int rows) throws IOException {
        Random random = new Random(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                // the sequence digits and the birth date together make every number unique
                int day = i / 1000;
                String birth = String.format("%04d%02d%02d", 1940 + day / 336, 1 + day / 28 % 12, 1 + day % 28);
                String first17 = "320509" + birth + String.format("%03d", i % 1000);
                out.write(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                out.write(GIVEN.charAt(random.nextInt(GIVEN.length())));
                out.write(',');
                out.write(first17);
                out.write(ResidentIdNumber.checkCharacter(first17));
                out.write(",139");
                out.write(String.format("%08d", random.nextInt(100_000_000)));
                out.write(',');
                out.write(Integer.toString(18 + random.nextInt(70)));
                out.write(",2025-");
                out.write(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
                out.write(',');
                out.write(TOWNS[random.nextInt(TOWNS.length)]);
                out.write('\n');
            }
        }
    }
}
