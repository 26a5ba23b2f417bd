/** Configuration PIDs, attribute keys and the IOS configuration service. */
@Version("1.4.0")
@Export
package org.voxgate.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
