package org.voxgate.feature.internal;

import java.nio.file.Path;

import org.apache.felix.bundlerepository.RepositoryAdmin;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands {@code feature:list}, {@code feature:install NAME} and {@code feature:uninstall NAME}.
 * A feature is a code-less marker bundle in the repository named by the framework property
 * {@value RepositoryLocation#PROPERTY}. Failures are thrown, so a scripted CLI call exits non-zero.
 * <p>
 * Immediate so that the repository is registered with OBR at startup (also for {@code obr:*} commands),
 * not on first use.
 */
@Component(service = FeatureCommands.class, immediate = true,
        property = {"osgi.command.scope=feature", "osgi.command.function=list",
                "osgi.command.function=install", "osgi.command.function=uninstall"})
public class FeatureCommands {
    private final FeatureRepository repository;
    private final FrameworkBundles framework;
    private final FeatureInstaller installer;
    private final FeatureUninstaller uninstaller;

    @Activate
    public FeatureCommands(BundleContext context, @Reference(name = "repositoryAdmin") RepositoryAdmin repositoryAdmin) {
        String url = RepositoryLocation.toUrl(context.getProperty(RepositoryLocation.PROPERTY), Path.of(""));
        this.repository = new FeatureRepository(repositoryAdmin, url);
        this.framework = new FrameworkBundles(context);
        this.installer = new FeatureInstaller(repository, framework);
        this.uninstaller = new FeatureUninstaller(context, framework);
        repository.open();
    }

    @Deactivate
    void deactivate() {
        repository.close();
    }

    @Descriptor("list the features of the repository and whether they are installed")
    public FeatureTable list() {
        return new FeatureTable(repository.features().stream()
                .map(f -> new FeatureTable.Row(f.name(), framework.isInstalled(f.name()), f.description()))
                .toList());
    }

    // synchronized: two concurrent installs/uninstalls would each plan on a framework the other is changing.
    @Descriptor("install a feature and the bundles it needs from the repository, and start them")
    public synchronized String install(@Descriptor("feature name, e.g. voxgate-core") String name) {
        return installer.install(name);
    }

    @Descriptor("uninstall a feature and those of its bundles that nothing else uses")
    public synchronized String uninstall(@Descriptor("feature name, e.g. voxgate-core") String name)
            throws InterruptedException {
        return uninstaller.uninstall(name);
    }
}
