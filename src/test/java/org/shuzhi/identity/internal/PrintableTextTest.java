package org.shuzhi.identity.internal;

import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's character checks decide exactly as Spring Security's regular expressions do. */
class PrintableTextTest {

    @Test
    void everySingleCharacterIsDecidedAsTheExpressionsDecideIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            assertSame(s);
        }
    }

    @Test
    void everySupplementaryPlaneStartIsDecidedAsTheExpressionsDecideIt() {
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp += 0x3f) {
            assertSame(new String(Character.toChars(cp)));
        }
    }

    @Test
    void mixedStringsIncludingLoneSurrogatesAreDecidedAsTheExpressionsDecideThem() {
        SplittableRandom random = new SplittableRandom(20261201);
        char[] palette = {'a', 'Z', '0', ' ', '\t', '\n', '\u007f', '\u0085', '\u00e9', '张', '\u0378', '\ud83d',
                '\ude00', '\u2028', '\uffff', '\ufeff'};
        for (int n = 0; n < 200_000; n++) {
            char[] text = new char[random.nextInt(1, 12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = palette[random.nextInt(palette.length)];
            }
            assertSame(new String(text));
        }
    }

    @Test
    void realHeadersPass() {
        assertThat(PrintableText.HEADER_VALUE.test("Bearer shz_3fQ9-x.y_z")).isTrue();
        assertThat(PrintableText.HEADER_VALUE.test("text/html,\tapplication/json;q=0.9")).isTrue();
        assertThat(PrintableText.NAME.test("X-Request-Id")).isTrue();
        assertThat(PrintableText.NAME.test("姓名")).isTrue();
        assertThat(PrintableText.NAME.test("a\tb")).isFalse();
        assertThat(PrintableText.HEADER_VALUE.test("a\r\nSet-Cookie: x")).isFalse();
    }

    private static void assertSame(String s) {
        check(s, PrintableText.NAME, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
        check(s, PrintableText.HEADER_VALUE, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
        check(s, PrintableText.NAME, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES);
    }

    private static void check(String s, Predicate<String> mine, Predicate<String> spring) {
        boolean expected = spring.test(s);
        if (mine.test(s) != expected) {
            throw new AssertionError("differs for " + s.codePoints().mapToObj(Integer::toHexString).toList()
                    + ": expressions say " + expected);
        }
    }
}
