/**
 * Read-only view of the SRST registrar server (IOS {@code voice register}): its settings, its pools and the current
 * bindings, for {@code show voice register all} and tools.
 */
@Version("1.0.0")
@Export
package org.voxgate.api.registrar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
