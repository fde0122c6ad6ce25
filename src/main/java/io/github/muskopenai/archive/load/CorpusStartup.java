package io.github.muskopenai.archive.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.muskopenai.archive.ingest.ParseIssue;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the configured documents when the application starts ({@code corpus.load}). A refused
 * or failed load is logged and the previously loaded corpus keeps being served.
 */
@ApplicationScoped
public class CorpusStartup {

    private static final Logger LOG = Logger.getLogger(CorpusStartup.class);

    @Inject
    CorpusLoader loader;

    @Inject
    CorpusConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.load() == LoadMode.NEVER) {
            LOG.info("corpus.load=never: serving the corpus already in the database");
            return;
        }
        try {
            LoadReport report = loader.load(CorpusSources.resolve(config.sources()), config.load(), LOG::info);
            for (ParseIssue issue : report.documents().stream().flatMap(d -> d.issues().stream()).toList()) {
                if (issue.isError()) {
                    LOG.error(issue);
                } else {
                    LOG.warn(issue);
                }
            }
            if (report.outcome() == LoadReport.Outcome.REFUSED) {
                LOG.error(report.summary());
            } else {
                LOG.info(report.summary());
            }
        } catch (LoadException e) {
            LOG.error("corpus load failed; serving what the database already holds: " + e.getMessage(), e);
        }
    }
}
