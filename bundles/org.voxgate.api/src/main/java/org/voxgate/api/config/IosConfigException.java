package org.voxgate.api.config;

/** A configuration line that was refused; nothing from the same input was applied. */
public class IosConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String lineText;
    private final String reason;

    public IosConfigException(int line, String lineText, String reason) {
        super("% Invalid input detected at line " + line + ": '" + lineText.strip() + "': " + reason);
        this.line = line;
        this.lineText = lineText;
        this.reason = reason;
    }

    /** 1-based line number of the refused line. */
    public int line() {
        return line;
    }

    public String lineText() {
        return lineText;
    }

    public String reason() {
        return reason;
    }
}
