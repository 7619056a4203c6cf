package io.verbatim.extraction;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage: the subject of the clause a quote hangs off when no cue verb introduces it ("Trump on Monday mocked
 * Schumer’s “fake tears”", "attorney Antonio Romanucci accused police of … “…”"). Tokens and part-of-speech tags come
 * from Apache OpenNLP with its English UD models, read from the classpath once (never downloaded).
 */
final class Clauses {

    /** A subject noun phrase and where it starts in the text handed in; the verb it governs. */
    record Subject(String phrase, int offset, String verb) {
    }

    private static final class Models {
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel TAGS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = Clauses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the ME classes are not thread-safe; the models are
    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGS));

    private static final Set<String> SUBJECT_TAGS = Set.of("PROPN", "NOUN", "PRON", "DET", "ADJ", "PART");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "morning", "evening", "night", "afternoon",
            "week", "weekend", "month", "year");

    private Clauses() {
    }

    /** Loads the models now (at start-up) rather than at the first article. */
    static void warmUp() {
        subjects("Warm-up said nothing.", 0, 20);
    }

    private static final Set<String> OPENING_TAGS = Set.of("PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM");

    /**
     * Whether a reported content opens with a clause of its own ("he expects the company to grow", "sales from … continued
     * to decrease"): a subject word first, then a verb within eight words, with no punctuation before it and not a
     * gerund ("said goodbye to …", "said Sunday, …" are no clauses).
     */
    static boolean opensClause(String content) {
        String head = content.length() > 160 ? content.substring(0, 160) : content;
        Span[] spans = TOKENIZER.get().tokenizePos(head);
        String[] tokens = Span.spansToStrings(spans, head);
        if (tokens.length < 2) {
            return false;
        }
        String[] tags = TAGGER.get().tag(tokens);
        if (!OPENING_TAGS.contains(tags[0])) {
            return false;
        }
        for (int i = 1; i < Math.min(tokens.length, 9); i++) {
            if (tags[i].equals("PUNCT")) {
                return false;
            }
            if ((tags[i].equals("VERB") || tags[i].equals("AUX")) && !tokens[i].endsWith("ing")) {
                return Character.isLowerCase(tokens[i].charAt(0));
            }
        }
        return false;
    }

    /**
     * The words before the first verb of a sentence ("The union’s president, Ella Moss" in "The union’s president, Ella
     * Moss, was blunt."), at most twelve tokens; null when the sentence opens with something else.
     */
    static Subject openingSubject(String text, int from, int to) {
        String segment = text.substring(from, to);
        Span[] spans = TOKENIZER.get().tokenizePos(segment);
        String[] tokens = Span.spansToStrings(spans, segment);
        String[] tags = TAGGER.get().tag(tokens);
        for (int i = 1; i < Math.min(tokens.length, 13); i++) {
            if ((tags[i].equals("VERB") || tags[i].equals("AUX")) && Character.isLowerCase(tokens[i].charAt(0))) {
                int end = spans[i - 1].getEnd();
                return new Subject(segment.substring(0, end), from, tokens[i]);
            }
        }
        return null;
    }

    /** Tokens and tags of a text, for tests and for reading what the tagger sees. */
    static List<String> tagged(String text) {
        Span[] spans = TOKENIZER.get().tokenizePos(text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            out.add(tokens[i] + "/" + tags[i]);
        }
        return out;
    }

    /**
     * The subjects of the verbs in {@code text[from, to)}, nearest verb first: for each verb, the noun phrase right
     * before it (adverbs such as "also", auxiliaries and a time phrase such as "on Monday" skipped between them).
     * Offsets are in {@code text}. {@code blocked} tells which offsets are inside quotes (their verbs are not the
     * narrator's).
     */
    static List<Subject> subjects(String text, int from, int to) {
        return subjects(text, from, to, offset -> false);
    }

    interface Blocked {
        boolean at(int offset);
    }

    static List<Subject> subjects(String text, int from, int to, Blocked blocked) {
        String segment = text.substring(from, to);
        Span[] spans = TOKENIZER.get().tokenizePos(segment);
        String[] tokens = Span.spansToStrings(spans, segment);
        String[] tags = TAGGER.get().tag(tokens);
        for (int i = 0; i < tags.length; i++) {
            // "Trump on Monday mocked": a capitalised word the tagger took for a verb is a name
            if (tags[i].equals("VERB") && Character.isUpperCase(tokens[i].charAt(0))) {
                tags[i] = "PROPN";
            }
        }
        List<Subject> out = new ArrayList<>();
        for (int v = tokens.length - 1; v > 0; v--) {
            if (!tags[v].equals("VERB") || blocked.at(from + spans[v].getStart())) {
                continue;
            }
            int end = v - 1;
            while (end >= 0 && (tags[end].equals("ADV") || tags[end].equals("AUX"))) {
                end--;
            }
            // "Trump on Monday mocked": a time phrase between subject and verb
            if (end >= 1 && TIME_WORDS.contains(tokens[end].toLowerCase(java.util.Locale.ROOT))) {
                int p = end;
                while (p >= 0 && !tags[p].equals("ADP")) {
                    p--;
                }
                if (p >= 0 && end - p <= 3) {
                    end = p - 1;
                }
            }
            if (end >= 2 && tokens[end].equalsIgnoreCase("who") && tokens[end - 1].equals(",")) {
                end -= 2; // "the leader of the council, Cllr Muhammed Butt, who told him": the antecedent
            }
            int start = end;
            while (start >= 0 && SUBJECT_TAGS.contains(tags[start])
                    && !blocked.at(from + spans[start].getStart())) {
                start--;
            }
            start++;
            // a name, a pronoun or a determined noun ("the president"); not a bare plural ("Critics call it …")
            if (start > end || !(tags[end].equals("PROPN") || tags[end].equals("PRON")
                    || tags[end].equals("NOUN") && tags[start].equals("DET"))) {
                continue;
            }
            int a = from + spans[start].getStart();
            int b = from + spans[end].getEnd();
            out.add(new Subject(text.substring(a, b), a, tokens[v]));
        }
        return out;
    }
}
