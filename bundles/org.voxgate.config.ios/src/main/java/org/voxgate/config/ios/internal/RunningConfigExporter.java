package org.voxgate.config.ios.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.RegistrationKeys;

/**
 * {@code show running-config}: the voice configuration held by Config Admin back in IOS syntax, as IOS
 * prints it: {@code voice service voip} (with {@code sip}), the {@code voice register pool}s in tag order,
 * {@code sip-ua}, then the dial peers in tag order, each block followed by {@code !}, and {@code end}. Only values that differ from the defaults are
 * printed, so that parsing the text into an empty store and exporting again gives the same text.
 */
final class RunningConfigExporter {
    private final ConfigurationAdmin configAdmin;

    RunningConfigExporter(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    String export() throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        blocks.add(VoiceServiceExport.lines(singleton(ConfigPids.VOICE_SERVICE), singleton(ConfigPids.TRANSPORT),
                singleton(ConfigPids.SRST)));
        tagged(ConfigPids.SRST_POOL).forEach((tag, props) -> blocks.add(VoiceRegisterPoolExport.lines(tag, props)));
        Map<String, StoredProperties> registrars = factoryByName(ConfigPids.REGISTRATION);
        blocks.add(SipUaExport.lines(singleton(ConfigPids.SIP_UA), singleton(ConfigPids.TRANSPORT),
                registrars.getOrDefault(RegistrationKeys.PRIMARY, StoredProperties.EMPTY),
                registrars.getOrDefault(RegistrationKeys.SECONDARY, StoredProperties.EMPTY)));
        tagged(ConfigPids.DIAL_PEER).forEach((tag, props) -> blocks.add(DialPeerExport.lines(tag, props)));
        StringBuilder out = new StringBuilder("!\n");
        for (List<String> block : blocks) {
            if (!block.isEmpty()) {
                block.forEach(l -> out.append(l).append('\n'));
                out.append("!\n");
            }
        }
        return out.append("end\n").toString();
    }

    private StoredProperties singleton(String pid) throws IOException {
        Configuration[] found = list("(" + Constants.SERVICE_PID + "=" + pid + ")");
        return found.length == 0 ? StoredProperties.EMPTY : StoredProperties.of(found[0].getProperties());
    }

    /** The configurations of a factory by name (the part of the PID after {@code ~}). */
    private Map<String, StoredProperties> factoryByName(String factoryPid) throws IOException {
        Map<String, StoredProperties> byName = new TreeMap<>();
        for (Configuration c : list("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + factoryPid + ")")) {
            int tilde = c.getPid().lastIndexOf('~');
            if (tilde >= 0) {
                byName.put(c.getPid().substring(tilde + 1), StoredProperties.of(c.getProperties()));
            }
        }
        return byName;
    }

    /**
     * Dial peers or voice register pools by tag: the {@code tag} attribute, or else the configuration name
     * ({@code factory~N}), or else the FileInstall file name ({@code factory-N.cfg}, as the registrar server reads it).
     */
    private Map<Integer, StoredProperties> tagged(String factoryPid) throws IOException {
        Map<Integer, StoredProperties> byTag = new TreeMap<>();
        for (Configuration c : list("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + factoryPid + ")")) {
            StoredProperties p = StoredProperties.of(c.getProperties());
            Integer tag = p.integer(DialPeerKeys.TAG);
            if (tag == null || tag <= 0) {
                tag = nameTag(c.getPid().substring(c.getPid().lastIndexOf('~') + 1));
            }
            if (tag == null) {
                String file = p.string("felix.fileinstall.filename");
                int dash = file == null ? -1 : file.lastIndexOf('-');
                int dot = file == null ? -1 : file.lastIndexOf('.');
                tag = dash >= 0 && dot > dash ? nameTag(file.substring(dash + 1, dot)) : null;
            }
            if (tag != null && tag > 0) {
                byTag.putIfAbsent(tag, p);
            }
        }
        return byTag;
    }

    private static Integer nameTag(String name) {
        return name.matches("[0-9]{1,9}") ? Integer.valueOf(name) : null;
    }

    private Configuration[] list(String filter) throws IOException {
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad filter " + filter, e);
        }
    }
}
