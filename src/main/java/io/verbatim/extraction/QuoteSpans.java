package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1a: quote spans. Curly (“ ”), straight (") and guillemet quotes; a quote left open at a paragraph end continues
 * when the next paragraph opens with a quote mark (the newspaper convention for a multi-paragraph quote) and the parts
 * are joined; an unclosed quote ends at its paragraph. Quote contents are masked in the returned character array, so
 * later stages (sentences, cues, reported speech) never read words inside a quote. Pure: tested on its own.
 */
final class QuoteSpans {

    /** One quote: the opening and closing mark, the content span [start, end), the joined text, its paragraph. */
    record Quote(int open, int close, int start, int end, String text, int paragraph) {
        Quote inParagraph(int p) {
            return new Quote(open, close, start, end, text, p);
        }
    }

    /** The quotes of a text and the text with their contents masked ('x'). */
    record Found(List<Quote> quotes, char[] masked) {
    }

    private QuoteSpans() {
    }

    static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«';
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '»';
    }

    /**
     * A single line break inside a quote whose closing mark follows before the next blank line and before any other
     * opening mark: the text is hard-wrapped (a press release copied line by line), the quote goes on.
     */
    private static boolean hardWrap(String text, int newline) {
        int n = text.length();
        if (newline + 1 >= n || text.charAt(newline + 1) == '\n' || text.charAt(newline + 1) == '\r') {
            return false;
        }
        for (int i = newline + 1; i < n; i++) {
            char c = text.charAt(i);
            if (isClosing(c)) {
                return true;
            }
            if (isOpening(c) || c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Single-quote quoting (‘…’, common in British and Asian outlets) rewritten as double quotes, offsets unchanged, when
     * it is not nested in a double quote: an opening ‘ after a space, a line start, a colon or an opening bracket,
     * followed by a word; the closing ’ is the first after it that follows a word and is not followed by a letter
     * (so “don’t” and “it’s” do not close it), within the paragraph.
     */
    static String singleAsDouble(String text) {
        if (text.indexOf('‘') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean inDouble = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                inDouble = true;
            } else if (c == '”' || c == '»' || c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                inDouble = false;
            } else if (c == '"') {
                inDouble = !inDouble;
            }
            if (c != '‘' || inDouble || i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))
                    || i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && ":([—–-".indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            int limit = i + 2;
            while (limit < n && limit < i + 2_000 && "“\"‘".indexOf(text.charAt(limit)) < 0
                    && !(text.charAt(limit) == '\n' && (limit + 1 == n || text.charAt(limit + 1) == '\n'
                    || text.charAt(limit + 1) == '‘'))) {
                limit++;
            }
            int close = closingSingle(text, i + 2, limit);
            if (close > 0) {
                out[i] = '“';
                out[close] = '”';
                i = close;
            } else if (limit < n && text.charAt(limit) == '\n' && text.substring(limit).stripLeading().startsWith("‘")) {
                out[i] = '“'; // ‘… ¶ ‘…’: a quote continued in the next paragraph, left open here
            }
        }
        return new String(out);
    }

    /**
     * TeX-style quoting as wire copy keeps it (``…''): each pair of marks read as one curly mark, offsets unchanged
     * (`` becomes a space and “, '' becomes ” and a space). A '' closes only a `` opened before it in the same
     * paragraph; an unclosed one is left open, so the next paragraph's `` continues it.
     */
    static String backtickPairs(String text) {
        if (!text.contains("``")) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean open = false;
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i + 1) == '\n') {
                open = false;
            } else if (c == '`' && text.charAt(i + 1) == '`') {
                out[i] = ' ';
                out[i + 1] = '“';
                open = true;
                i++;
            } else if (open && c == '\'' && text.charAt(i + 1) == '\'') {
                out[i] = '”';
                out[i + 1] = ' ';
                open = false;
                i++;
            }
        }
        return new String(out);
    }

    /** A nickname in quotes between a first name and a surname: {@code Harold "Hal" Rogers}. */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("\\b[A-Z][\\p{L}.]*\\s"
            + "([\"“])[A-Z][\\p{L}.’'-]*(?:\\s[A-Z][\\p{L}.’'-]*)?([\"”])(?=\\s[A-Z][\\p{L}’'-]+)");

    /** A nickname's quote marks become spaces (offsets unchanged): it is part of the name, not a quote. */
    static String nicknames(String text) {
        java.util.regex.Matcher m = NICKNAME.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] out = text.toCharArray();
        do {
            out[m.start(1)] = ' ';
            out[m.start(2)] = ' ';
        } while (m.find());
        return new String(out);
    }

    /** A cue and a comma before a capitalised word: where a quote whose opening mark was dropped begins. */
    private static final java.util.regex.Pattern CUE_COMMA = java.util.regex.Pattern.compile("\\b(?:saying|said|says"
            + "|wrote|writing|stated|added|posted|tweeted|reading)(?:\\s+[\\p{L}’'.]+){0,3}?,\\s(?=[A-Z])");

    /**
     * A closing ” at the end of a paragraph with no opening mark anywhere before it in the paragraph ("she sent out a
     * press release saying, I love this community, … sorry.”"): the quote opens after the last cue and comma, so the
     * space there becomes “ (offsets unchanged).
     */
    static String missingOpening(String text) {
        if (text.indexOf('”') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int paragraphStart = 0;
        int n = text.length();
        while (paragraphStart < n) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            paragraphEnd = paragraphEnd < 0 ? n : paragraphEnd;
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            String trimmed = paragraph.stripTrailing();
            if (trimmed.endsWith("”") && trimmed.indexOf('”') == trimmed.length() - 1
                    && trimmed.indexOf('“') < 0 && trimmed.indexOf('"') < 0) {
                java.util.regex.Matcher cue = CUE_COMMA.matcher(trimmed);
                int at = -1;
                while (cue.find()) {
                    at = cue.end() - 1;
                }
                if (at > 0) {
                    out[paragraphStart + at] = '“';
                }
            }
            paragraphStart = paragraphEnd + 2;
        }
        return new String(out);
    }

    /**
     * The closing ’ of a single quote in [from, to): the first after punctuation ("notice,’ he said"), else the first
     * after a letter that is not a plural's "s" ("the workers’ union"), else the first followed by no letter; -1.
     */
    private static int closingSingle(String text, int from, int to) {
        int afterLetter = -1;
        int any = -1;
        for (int j = from; j < to; j++) {
            if (text.charAt(j) != '’' || Character.isWhitespace(text.charAt(j - 1))
                    || j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
                continue;
            }
            char before = text.charAt(j - 1);
            if (",.!?…".indexOf(before) >= 0) {
                return j;
            }
            if (afterLetter < 0 && before != 's') {
                afterLetter = j;
            }
            if (any < 0) {
                any = j;
            }
        }
        return afterLetter >= 0 ? afterLetter : any;
    }

    /**
     * A ” that opens a line and is followed by words (a release typed with the wrong mark: "said:¶” Last year …”"),
     * closed later before the next blank line: it opens the quote.
     */
    private static boolean opensLine(String text, int i) {
        int lineStart = i == 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1;
        if (!text.substring(lineStart, i).isBlank()) {
            return false;
        }
        int k = i + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        int blank = text.indexOf("\n\n", k);
        int close = text.indexOf('”', k);
        return close > 0 && (blank < 0 || close < blank);
    }

    /**
     * A straight single quote opening a colon introduction ("made the following statement: 'I am delighted …'") read
     * as double quotes, offsets unchanged: closed by the first ' after . ! ? or , that no letter follows, before the
     * next blank line.
     */
    static String straightSingleAfterColon(String text) {
        if (text.indexOf(":") < 0 || text.indexOf('\'') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            if (text.charAt(i) != '\'' || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int b = i - 1;
            while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\n')) {
                b--;
            }
            if (b < 0 || b == i - 1 || text.charAt(b) != ':') {
                continue;
            }
            int blank = text.indexOf("\n\n", i);
            int limit = blank < 0 ? n : blank;
            for (int j = i + 2; j < limit; j++) {
                if (text.charAt(j) == '\'' && ".!?,".indexOf(text.charAt(j - 1)) >= 0
                        && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1)))) {
                    out[i] = '“';
                    out[j] = '”';
                    i = j;
                    break;
                }
            }
        }
        return new String(out);
    }

    /**
     * Whether the paragraph starting at {@code from} continues a quote left open in the paragraph before it though its
     * own opening mark was dropped: it ends with a closing ” and holds no other quote mark.
     */
    static boolean droppedOpening(String text, int from) {
        int end = text.indexOf('\n', from);
        String paragraph = text.substring(from, end < 0 ? text.length() : end).stripTrailing();
        return paragraph.length() > 1 && paragraph.endsWith("”") && paragraph.indexOf('”') == paragraph.length() - 1
                && paragraph.indexOf('“') < 0 && paragraph.indexOf('"') < 0 && paragraph.indexOf('«') < 0
                && !isOpening(paragraph.charAt(0));
    }

    static Found find(String text) {
        char[] masked = text.toCharArray();
        List<Quote> quotes = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i + 1 < n && text.charAt(i + 1) == '\n' || i == 0 || text.charAt(i - 1) != '\n') {
                    paragraph++;
                }
                i++;
                continue;
            }
            if (!isOpening(c) && !(c == '”' && opensLine(text, i))) {
                i++;
                continue;
            }
            int open = i;
            boolean low = c == '„';
            int startParagraph = paragraph;
            StringBuilder body = new StringBuilder();
            int segmentStart = i + 1;
            int j = i + 1;
            int close = -1;
            int end = -1;
            while (j < n) {
                char d = text.charAt(j);
                if (isClosing(d) || low && d == '“') {
                    body.append(text, segmentStart, j);
                    close = j;
                    end = j;
                    break;
                }
                if (d == '\n') {
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && isOpening(text.charAt(k)) && (body.length() > 0 || j > segmentStart)) {
                        body.append(text, segmentStart, j).append(' ');
                        paragraph++;
                        segmentStart = k + 1;
                        j = k + 1;
                        continue;
                    }
                    if (k < n && (body.length() > 0 || j > segmentStart) && droppedOpening(text, k)) {
                        // "… to heal.\n\nAgain, I thank you … you know.”": the next paragraph closes the quote, its
                        // opening mark dropped; the quote runs on into it
                        body.append(text, segmentStart, j).append(' ');
                        paragraph++;
                        segmentStart = k;
                        j = k;
                        continue;
                    }
                    if (hardWrap(text, j)) {
                        body.append(text, segmentStart, j).append(' ');
                        segmentStart = j + 1;
                        j++;
                        continue;
                    }
                    body.append(text, segmentStart, j);
                    close = j - 1;
                    end = j;
                    break;
                }
                j++;
            }
            if (close < 0) {
                body.append(text, segmentStart, n);
                close = n - 1;
                end = n;
            }
            String content = body.toString().strip();
            int start = open + 1;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int contentEnd = end;
            while (contentEnd > start && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (!content.isEmpty()) {
                quotes.add(new Quote(open, close, start, contentEnd, content, startParagraph));
                for (int x = open + 1; x < close && x < n; x++) {
                    masked[x] = 'x';
                }
            }
            i = close + 1;
        }
        return new Found(quotes, masked);
    }
}
