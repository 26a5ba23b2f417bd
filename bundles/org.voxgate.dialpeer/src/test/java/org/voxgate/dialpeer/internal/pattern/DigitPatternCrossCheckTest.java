package org.voxgate.dialpeer.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Differential test: random patterns are generated together with an equivalent {@link java.util.regex} and
 * both engines must agree on every random number. The regex side is the slow, obviously-correct reference.
 */
class DigitPatternCrossCheckTest {
    private static final String DOT = "[0-9A-F*#+]";
    private static final String NUMBER_CHARS = "123+";

    private final SplittableRandom rnd = new SplittableRandom(20261130);

    /** A Cisco pattern and its java.util.regex equivalent. */
    private record Pair(String cisco, String regex) {
        Pair then(Pair other) {
            return new Pair(cisco + other.cisco, regex + other.regex);
        }
    }

    @Test
    void automatonAgreesWithJavaRegex() {
        int matched = 0;
        for (int i = 0; i < 3000; i++) {
            Pair body = sequence(0);
            if (rnd.nextInt(10) == 0) {
                body = new Pair("+", "\\+").then(body);
            }
            boolean tail = rnd.nextInt(5) == 0;
            boolean anchored = rnd.nextInt(3) == 0;
            String cisco = body.cisco() + (tail ? "T" : "") + (anchored ? "$" : "");
            Pattern regex = Pattern.compile(body.regex() + (tail ? DOT + "{0,32}" : ""));
            DigitPattern pattern = DigitPattern.compile(cisco);
            for (int j = 0; j < 20; j++) {
                String number = randomNumber();
                Match m = pattern.match(number).orElse(null);
                boolean prefix = !tail && !anchored;
                boolean expected = prefix ? matchesSomePrefix(regex, number) : regex.matcher(number).matches();
                assertThat(m != null).as("%s vs %s (regex %s)", cisco, number, regex).isEqualTo(expected);
                if (m != null) {
                    matched++;
                    assertThat(regex.matcher(number.substring(0, m.matchedLength())).matches())
                            .as("consumed part of %s by %s", number, cisco).isTrue();
                    assertThat(m.isPrefixMatch()).isEqualTo(m.matchedLength() < number.length());
                    assertThat(prefix || !m.isPrefixMatch()).isTrue();
                }
            }
        }
        assertThat(matched).as("generator produces enough matches to be meaningful").isGreaterThan(5000);
    }

    private static boolean matchesSomePrefix(Pattern regex, String number) {
        for (int k = 0; k <= number.length(); k++) {
            if (regex.matcher(number.substring(0, k)).matches()) {
                return true;
            }
        }
        return false;
    }

    private String randomNumber() {
        StringBuilder sb = new StringBuilder();
        int length = rnd.nextInt(8);
        for (int i = 0; i < length; i++) {
            sb.append(NUMBER_CHARS.charAt(rnd.nextInt(NUMBER_CHARS.length())));
        }
        return sb.toString();
    }

    private Pair sequence(int depth) {
        Pair result = new Pair("", "");
        int items = 1 + rnd.nextInt(3);
        for (int i = 0; i < items; i++) {
            Pair item = depth < 2 && rnd.nextInt(4) == 0 ? group(depth) : atom();
            if (rnd.nextInt(10) == 0) {
                result = result.then(new Pair(",", "")); // pause: invisible to matching
            }
            result = result.then(quantify(item));
        }
        return result;
    }

    private Pair group(int depth) {
        Pair inner = sequence(depth + 1);
        return new Pair("(" + inner.cisco() + ")", "(?:" + inner.regex() + ")");
    }

    private Pair quantify(Pair item) {
        return switch (rnd.nextInt(8)) {
            case 0 -> new Pair(item.cisco() + "?", "(?:" + item.regex() + ")?");
            case 1 -> new Pair(item.cisco() + "%", "(?:" + item.regex() + ")*");
            case 2 -> new Pair(item.cisco() + "+", "(?:" + item.regex() + ")+");
            default -> item;
        };
    }

    private Pair atom() {
        return switch (rnd.nextInt(7)) {
            case 0, 1 -> new Pair("1", "1");
            case 2 -> new Pair("2", "2");
            case 3 -> new Pair(".", DOT);
            case 4 -> new Pair("[1-2]", "[12]");
            case 5 -> new Pair("[^1]", "[02-9A-F*#+]");
            default -> new Pair("\\+", "\\+");
        };
    }
}
