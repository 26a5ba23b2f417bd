package org.voxgate.api.config;

/** Attribute keys of {@link ConfigPids#SIP_UA}; each names its IOS command. */
public final class SipUaKeys {
    /** {@code sip-ua} / {@code max-forwards N}, 1-70, default 70. */
    public static final String MAX_FORWARDS = "max.forwards";
    public static final int MAX_FORWARDS_DEFAULT = 70;
    public static final int MAX_FORWARDS_MIN = 1;
    public static final int MAX_FORWARDS_MAX = 70;

    private SipUaKeys() {}
}
