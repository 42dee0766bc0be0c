package org.shuzhi.privacy.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.privacy.BankCardNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@link Masking} with the rules of {@link FieldType} as overridden by the deployment; rules are parsed once. */
@Component
class ConfiguredMasking implements Masking {

    private static final Pattern CARD_CANDIDATE = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");

    private final Map<FieldType, MaskingRule> rules = new EnumMap<>(FieldType.class);

    ConfiguredMasking(PrivacyProperties properties, @Value("${shuzhi.data-dir:./data}") Path dataDir)
            throws IOException {
        byte[] key = hashKey(properties.hashKey(), dataDir);
        for (FieldType type : FieldType.values()) {
            String spec = properties.rules().getOrDefault(type, type.defaultRule());
            try {
                rules.put(type, MaskingRule.parse(spec, key, this::maskText));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("shuzhi.privacy.rules." + type + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public MaskingRule rule(FieldType type) {
        return rules.get(type);
    }

    @Override
    public String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replaceValid(text, ResidentIdNumber.CANDIDATE, ResidentIdNumber::isValid, FieldType.RESIDENT_ID);
        masked = replaceValid(masked, CARD_CANDIDATE, BankCardNumber::isValid, FieldType.BANK_CARD);
        return replaceValid(masked, MobileNumber.CANDIDATE, MobileNumber::isValid, FieldType.MOBILE);
    }

    private String replaceValid(String text, Pattern candidates, Predicate<String> valid, FieldType type) {
        Matcher matcher = candidates.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String found = matcher.group();
            String replacement = valid.test(found) ? String.valueOf(mask(type, found)) : found;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] hashKey(String configured, Path dataDir) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve("privacy-hash.key");
        if (Files.exists(file)) {
            return HexFormat.of().parseHex(Files.readString(file).strip());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(dataDir);
        Files.writeString(file, HexFormat.of().formatHex(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect the key
        }
        return key;
    }
}
