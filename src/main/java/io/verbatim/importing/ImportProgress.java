package io.verbatim.importing;

/** Told after each batch of an import how far it got: lines read so far and the counts and errors so far. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (linesRead, soFar) -> {
    };

    void batchDone(long linesRead, ImportReport soFar);
}
