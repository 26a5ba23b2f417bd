package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.IosConfigException;

/**
 * Parses IOS voice configuration text into a {@link ConfigDelta} without touching any state, so
 * that a text with one bad line changes nothing. Modes nest as on IOS ({@link Mode}).
 */
final class IosParser {
    private final Grammar grammar;

    IosParser(Grammar grammar) {
        this.grammar = grammar;
    }

    ConfigDelta parse(String text) throws IosConfigException {
        return parse(text, ConfigDelta.ExistingPeers.NONE);
    }

    /**
     * @param existing the dial peers configured before this text, to refuse re-entering one with the
     *        other type; only read
     */
    ConfigDelta parse(String text, ConfigDelta.ExistingPeers existing) throws IosConfigException {
        ConfigDelta delta = new ConfigDelta(existing);
        Mode mode = Mode.GLOBAL;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("!")) {
                continue;
            }
            List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            delta.line = i + 1;
            delta.lineText = line;
            try {
                mode = apply(mode, words, delta);
            } catch (InvalidLine e) {
                throw new IosConfigException(i + 1, Secrets.masked(raw), e.getMessage());
            }
            delta.commands++;
        }
        return delta;
    }

    private Mode apply(Mode mode, List<String> words, ConfigDelta delta) throws InvalidLine {
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("end")) {
            return Mode.GLOBAL;
        }
        if (first.equals("exit")) {
            return mode.parent == null ? Mode.GLOBAL : mode.parent;
        }
        boolean negated = first.equals("no");
        List<String> body = negated ? words.subList(1, words.size()) : words;
        if (body.isEmpty()) {
            throw new InvalidLine("incomplete command");
        }
        for (Mode m = mode; m != null; m = m.parent) {
            Grammar.Command command = grammar.find(m, body);
            if (command != null) {
                Mode next = command.apply(body, negated, delta);
                return next != null ? next : m;
            }
        }
        throw new InvalidLine("unknown command in " + mode.prompt + " mode");
    }
}
