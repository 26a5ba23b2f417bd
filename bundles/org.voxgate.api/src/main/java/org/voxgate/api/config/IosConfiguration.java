package org.voxgate.api.config;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The IOS configuration language as a service: text in, Config Admin entries out. Application is
 * transactional: the whole text is validated first and nothing is changed when any line is wrong.
 */
@ProviderType
public interface IosConfiguration {

    /**
     * Validates and then applies IOS configuration text.
     *
     * @param text the configuration, one command per line ({@code !} starts a comment)
     * @param source where the text came from, for log lines (a file name, {@code terminal})
     * @return what was applied, line by line
     * @throws IosConfigException naming the first invalid line; nothing was applied
     */
    ApplyReport apply(String text, String source) throws IosConfigException;

    /**
     * The voice configuration held by Config Admin, in IOS syntax: the {@code voice service voip} block with
     * its {@code sip} submode, the {@code sip-ua} block, then the {@code dial-peer voice} blocks in tag order,
     * separated by {@code !} lines and ending with {@code end}. Only values that differ from the defaults are
     * printed. Applying this text to an empty store gives the same text back.
     *
     * @since 1.2
     */
    String runningConfig();
}
