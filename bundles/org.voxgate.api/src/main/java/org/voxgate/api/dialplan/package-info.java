/** Read-only view of the dial plan for show commands and tools: dial peers and how a number is routed. */
@Version("1.0.0")
@Export
package org.voxgate.api.dialplan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
