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
            if (!isOpening(c)) {
                i++;
                continue;
            }
            int open = i;
            int startParagraph = paragraph;
            StringBuilder body = new StringBuilder();
            int segmentStart = i + 1;
            int j = i + 1;
            int close = -1;
            int end = -1;
            while (j < n) {
                char d = text.charAt(j);
                if (isClosing(d)) {
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
