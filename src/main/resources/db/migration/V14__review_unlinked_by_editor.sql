-- An editor may decide that a review reviews no statement on record (the quote check linked the wrong one, or the
-- claim is not on record as worded): the review then stays unlinked, through edits and re-imports of its feed, and
-- leaves the list of reviews waiting for a link.

ALTER TABLE review
    ADD COLUMN unlinked_by_editor boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT review_unlinked_by_editor_check CHECK (NOT unlinked_by_editor OR statement_id IS NULL);
ALTER TABLE review_aud ADD COLUMN unlinked_by_editor boolean;
