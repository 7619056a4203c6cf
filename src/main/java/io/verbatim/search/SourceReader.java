package io.verbatim.search;

import io.verbatim.domain.SourceRepository;
import io.verbatim.view.SourceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Reads sources. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceReader {

    private final SourceRepository sources;

    public SourceReader(SourceRepository sources) {
        this.sources = sources;
    }

    public Optional<SourceView> byId(UUID id) {
        return sources.findByIdOptional(id).map(SourceView::of);
    }
}
