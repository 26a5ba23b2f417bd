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
}
