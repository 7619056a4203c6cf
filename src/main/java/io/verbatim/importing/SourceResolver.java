package io.verbatim.importing;

import io.verbatim.domain.Source;
import io.verbatim.domain.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds a source by URL or creates it; details fill in what a known source lacks. */
@ApplicationScoped
public class SourceResolver {

    private final SourceRepository sources;
    private final ImportCache cache;

    public SourceResolver(SourceRepository sources, ImportCache cache) {
        this.sources = sources;
        this.cache = cache;
    }

    public Source resolve(SourceInput input) {
        String url = Text.clean(input.url());
        Source source = cache.sourceByUrl(url, () -> sources.findByUrl(url)).orElseGet(() -> {
            Source created = new Source();
            created.url = url;
            created.outlet = Text.clean(input.outlet());
            sources.persist(created);
            cache.rememberSource(created);
            return created;
        });
        if (source.title == null) {
            source.title = Text.clean(input.title());
        }
        if (source.publishedOn == null) {
            source.publishedOn = input.publishedOn();
        }
        if (source.author == null) {
            source.author = Text.clean(input.author());
        }
        return source;
    }
}
