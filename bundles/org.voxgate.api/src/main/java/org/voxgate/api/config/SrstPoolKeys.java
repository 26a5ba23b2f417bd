package org.voxgate.api.config;

/**
 * Attribute keys of the SRST registrar's pools, factory PID {@link ConfigPids#SRST_POOL}, one configuration per
 * pool named by its tag ({@code org.voxgate.srst.pool~1}). IOS: {@code voice register pool N} and its
 * {@code id number}, {@code id network ... mask ...} and {@code username ... password ...} sub-commands; each
 * {@code no} form removes its attributes, {@code no voice register pool N} deletes the configuration. Owned by
 * {@code org.voxgate.registrar.server} (feature voxgate-srst).
 */
public final class SrstPoolKeys {
    /** {@code voice register pool N}: the pool tag; pools are tried in ascending tag order. */
    public static final String TAG = "tag";
    public static final int TAG_MIN = 1;
    public static final int TAG_MAX = 1000;
    /**
     * {@code id number PATTERN}: the numbers (AOR user parts) the pool admits: digits, A-F, {@code * # +},
     * {@code .} = any one character, a trailing {@code T} = any further characters.
     */
    public static final String ID_NUMBER = "id.number";
    /** {@code id network A.B.C.D mask M.M.M.M}: the source network the pool admits (with {@link #ID_MASK}). */
    public static final String ID_NETWORK = "id.network";
    /** The mask of {@link #ID_NETWORK}; absent = that single address. */
    public static final String ID_MASK = "id.mask";
    /** {@code username U password P}: the digest user the pool's REGISTERs must prove; absent = no authentication. */
    public static final String USERNAME = "username";
    /** The digest password, stored in clear (the registrar needs it to check the digest). */
    public static final String PASSWORD = "password";

    private SrstPoolKeys() {}
}
