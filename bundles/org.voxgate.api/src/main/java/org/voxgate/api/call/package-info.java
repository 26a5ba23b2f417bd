/** Read-only view of calls in progress, for show commands and tools. */
@Version("1.1.0")
@Export
package org.voxgate.api.call;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
