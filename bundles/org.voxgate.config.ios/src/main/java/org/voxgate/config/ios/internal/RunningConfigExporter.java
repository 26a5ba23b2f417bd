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
 * prints it: {@code voice service voip} (with {@code sip}), {@code sip-ua}, then the dial peers in tag
 * order, each block followed by {@code !}, and {@code end}. Only values that differ from the defaults are
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
        Map<String, StoredProperties> registrars = factoryByName(ConfigPids.REGISTRATION);
        blocks.add(SipUaExport.lines(singleton(ConfigPids.SIP_UA), singleton(ConfigPids.TRANSPORT),
                registrars.getOrDefault(RegistrationKeys.PRIMARY, StoredProperties.EMPTY),
                registrars.getOrDefault(RegistrationKeys.SECONDARY, StoredProperties.EMPTY)));
        dialPeers().forEach((tag, props) -> blocks.add(DialPeerExport.lines(tag, props)));
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

    /** Dial peers by tag: the {@code tag} attribute, or else the configuration name. */
    private Map<Integer, StoredProperties> dialPeers() throws IOException {
        Map<Integer, StoredProperties> byTag = new TreeMap<>();
        for (Configuration c : list("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + ConfigPids.DIAL_PEER + ")")) {
            StoredProperties p = StoredProperties.of(c.getProperties());
            Integer tag = p.integer(DialPeerKeys.TAG);
            if (tag == null) {
                String name = c.getPid().substring(c.getPid().lastIndexOf('~') + 1);
                tag = name.matches("[0-9]{1,9}") ? Integer.valueOf(name) : null;
            }
            if (tag != null && tag > 0) {
                byTag.putIfAbsent(tag, p);
            }
        }
        return byTag;
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
