package org.shuzhi.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a value is shown to someone who may not see it in clear. Rules are written as short specs so that they can
 * be configured per field type: {@code keep:3:4}, {@code hash}, {@code null}, {@code year}, {@code none} and
 * {@code regex:<pattern>=><replacement>}.
 */
public sealed interface MaskingRule {

    /** The masked form of {@code value}; {@code null} stays {@code null}. */
    String apply(String value);

    /** Keeps the first {@code first} and last {@code last} characters and stars the rest: 320***********1234. */
    record Keep(int first, int last) implements MaskingRule {
        public Keep {
            if (first < 0 || last < 0) {
                throw new IllegalArgumentException("keep counts must not be negative");
            }
        }

        @Override
        public String apply(String value) {
            if (value == null) {
                return null;
            }
            int[] chars = value.codePoints().toArray();
            // a value too short to keep anything is starred whole, so nothing leaks
            boolean tooShort = chars.length <= first + last;
            StringBuilder masked = new StringBuilder(value.length());
            for (int i = 0; i < chars.length; i++) {
                boolean kept = !tooShort && (i < first || i >= chars.length - last);
                masked.appendCodePoint(kept ? chars[i] : '*');
            }
            return masked.toString();
        }
    }

    /** A keyed hash (HMAC-SHA-256, first 16 hex digits): equal values stay joinable, the value is not shown. */
    record Hash(byte[] key) implements MaskingRule {
        @Override
        public String apply(String value) {
            if (value == null) {
                return null;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return "h:" + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }

    /** Shows nothing. */
    record Nullify() implements MaskingRule {
        @Override
        public String apply(String value) {
            return null;
        }
    }

    /** For dates: only the year (1985-03-12 → 1985); anything without a leading year is starred. */
    record YearOnly() implements MaskingRule {
        @Override
        public String apply(String value) {
            if (value == null) {
                return null;
            }
            return value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)
                    ? value.substring(0, 4) : "*".repeat(value.length());
        }
    }

    /** Shows the value as it is: for callers allowed to see the grade, or fields that are not personal. */
    record Reveal() implements MaskingRule {
        @Override
        public String apply(String value) {
            return value;
        }
    }

    /** A custom rule: every match of {@code pattern} is replaced by {@code replacement} ($1 etc. allowed). */
    record Replace(Pattern pattern, String replacement) implements MaskingRule {
        @Override
        public String apply(String value) {
            return value == null ? null : pattern.matcher(value).replaceAll(replacement);
        }
    }

    /**
     * Free text: every recognised identifier in it (resident ID, bank card, mobile number — validated, not merely
     * shaped like one) masked by its own type's rule; the rest of the text is kept.
     */
    record Identifiers(UnaryOperator<String> masker) implements MaskingRule {

        @Override
        public String apply(String value) {
            return value == null ? null : masker.apply(value);
        }
    }

    /**
     * Parses a rule spec. {@code hashKey} is used by {@code hash}; {@code identifiers} needs the form with a text
     * masker.
     *
     * @throws IllegalArgumentException naming the spec when it is not understood
     */
    static MaskingRule parse(String spec, byte[] hashKey) {
        return parse(spec, hashKey, null);
    }

    /** As {@link #parse(String, byte[])}, where {@code identifiers} masks free text with {@code textMasker}. */
    static MaskingRule parse(String spec, byte[] hashKey, UnaryOperator<String> textMasker) {
        String s = spec.strip();
        try {
            if (s.startsWith("keep:")) {
                String[] parts = s.split(":");
                return new Keep(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            if (s.startsWith("regex:") && s.contains("=>")) {
                String body = s.substring("regex:".length());
                int arrow = body.lastIndexOf("=>");
                return new Replace(Pattern.compile(body.substring(0, arrow)), body.substring(arrow + 2));
            }
            return switch (s) {
                case "hash" -> new Hash(hashKey.clone());
                case "null" -> new Nullify();
                case "year" -> new YearOnly();
                case "none" -> new Reveal();
                case "identifiers" -> new Identifiers(Objects.requireNonNull(textMasker, "identifiers needs a text masker"));
                default -> throw new IllegalArgumentException("unknown masking rule: " + spec);
            };
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | PatternSyntaxException e) {
            throw new IllegalArgumentException("malformed masking rule: " + spec, e);
        }
    }
}
