package org.voxgate.api.config;

import java.util.List;

import org.osgi.dto.DTO;

/** The outcome of a successful {@link IosConfiguration#apply}. */
public class ApplyReport extends DTO {
    /** Number of command lines accepted (comments and blank lines excluded). */
    public int commands;
    /** PIDs whose configuration was created or changed. */
    public List<String> changedPids;
    /**
     * Commands that were accepted and stored but whose behaviour does not exist yet, as
     * {@code "line N: text"}; never silently ignored.
     */
    public List<String> notYetActive;
}
