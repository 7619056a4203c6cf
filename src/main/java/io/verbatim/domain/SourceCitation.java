package io.verbatim.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One source carrying a statement, with the wording that source used to attribute it ("a Paul spokesman said"). */
@Embeddable
public class SourceCitation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public String attribution;

    public SourceCitation() {
    }

    public SourceCitation(Source source, String attribution) {
        this.source = source;
        this.attribution = attribution;
    }
}
