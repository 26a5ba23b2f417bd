package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The commands of each mode. A command is found by its keyword words, matched case-insensitively. */
final class Grammar {

    /** One IOS command of one mode. */
    interface Command {
        /**
         * Validates the words and records their effect.
         *
         * @param words the command without a leading {@code no}
         * @return the mode the command enters, or {@code null} to stay
         */
        Mode apply(List<String> words, boolean negated, ConfigDelta delta) throws InvalidLine;
    }

    private record Entry(List<String> keywords, Command command) {}

    private final Map<Mode, List<Entry>> commands = new EnumMap<>(Mode.class);

    /** Registers a command under its keywords, e.g. {@code "listen-port non-secure"}. */
    Grammar add(Mode mode, String keywords, Command command) {
        List<String> kw = List.of(keywords.toLowerCase(Locale.ROOT).split(" "));
        commands.computeIfAbsent(mode, m -> new ArrayList<>()).add(new Entry(kw, command));
        return this;
    }

    /** The command whose keywords begin the words, longest keyword list first; or null. */
    Command find(Mode mode, List<String> words) {
        Entry best = null;
        for (Entry e : commands.getOrDefault(mode, List.of())) {
            if (startsWith(words, e.keywords) && (best == null || e.keywords.size() > best.keywords.size())) {
                best = e;
            }
        }
        return best == null ? null : best.command;
    }

    private static boolean startsWith(List<String> words, List<String> keywords) {
        if (words.size() < keywords.size()) {
            return false;
        }
        for (int i = 0; i < keywords.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(keywords.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The integer argument at {@code index}, within [min, max], and nothing after it. */
    static int intArg(List<String> words, int index, int min, int max, String what) throws InvalidLine {
        int v = intAt(words, index, min, max, what);
        noMoreWords(words, index + 1);
        return v;
    }

    /** The integer argument at {@code index}, within [min, max]; words after it are the caller's. */
    static int intAt(List<String> words, int index, int min, int max, String what) throws InvalidLine {
        if (words.size() <= index) {
            throw new InvalidLine("incomplete command: " + what + " (" + min + "-" + max + ") expected");
        }
        String w = words.get(index);
        if (!w.matches("[0-9]{1,18}")) {
            throw new InvalidLine(what + " must be a number " + min + "-" + max + ", not '" + w + "'");
        }
        long v = Long.parseLong(w);
        if (v < min || v > max) {
            throw new InvalidLine(what + " " + w + " out of range " + min + "-" + max);
        }
        return (int) v;
    }

    /** The single word at {@code index}, which must be the last one. */
    static String oneArg(List<String> words, int index, String what) throws InvalidLine {
        if (words.size() <= index) {
            throw new InvalidLine("incomplete command: " + what + " expected");
        }
        noMoreWords(words, index + 1);
        return words.get(index);
    }

    /** The words at {@code index} and after, lower-cased; at least one. */
    static List<String> argsFrom(List<String> words, int index, String what) throws InvalidLine {
        if (words.size() <= index) {
            throw new InvalidLine("incomplete command: " + what + " expected");
        }
        return words.subList(index, words.size()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The text of {@code line} after its first {@code skip} words, spacing kept; empty when none. */
    static String restOfLine(String line, int skip) {
        String rest = line.strip();
        for (int i = 0; i < skip && !rest.isEmpty(); i++) {
            int space = indexOfSpace(rest);
            rest = space < 0 ? "" : rest.substring(space).stripLeading();
        }
        return rest;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static void noMoreWords(List<String> words, int expected) throws InvalidLine {
        if (words.size() > expected) {
            throw new InvalidLine("unexpected '" + words.get(expected) + "'");
        }
    }
}
