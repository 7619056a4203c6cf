package io.verbatim.quotecheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word-level alignment of a claimed quote against the best-matching stretch of a recorded statement: an edit
 * distance in which the recorded words before and after the stretch cost nothing (a claim may be an excerpt), with
 * the edits that turn the recorded stretch into the claim.
 */
final class Alignment {

    /** One edit, in the claim's terms: words inserted, dropped (deleted) or replaced. */
    record Difference(String op, String claimed, String recorded) {
    }

    private final int edits;
    private final int start;
    private final int end;
    private final List<Difference> differences;

    private Alignment(int edits, int start, int end, List<Difference> differences) {
        this.edits = edits;
        this.start = start;
        this.end = end;
        this.differences = differences;
    }

    int edits() {
        return edits;
    }

    /** Index of the first recorded word of the matching stretch. */
    int start() {
        return start;
    }

    /** Index after the last recorded word of the matching stretch. */
    int end() {
        return end;
    }

    List<Difference> differences() {
        return differences;
    }

    static Alignment of(QuoteText claimed, QuoteText recorded) {
        List<String> a = claimed.words();
        List<String> b = recorded.words();
        int n = a.size();
        int m = b.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            cost[i][0] = i;
        }
        // cost[0][j] = 0: the stretch may start anywhere in the recorded statement.
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int substitute = cost[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(substitute, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
            }
        }
        int end = 0;
        for (int j = 1; j <= m; j++) {
            if (cost[n][j] < cost[n][end]) {
                end = j;
            }
        }
        List<Difference> differences = new ArrayList<>();
        int i = n;
        int j = end;
        while (i > 0) {
            if (j > 0 && cost[i][j] == cost[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1)) {
                if (!a.get(i - 1).equals(b.get(j - 1))) {
                    differences.add(new Difference("replace", claimed.originals().get(i - 1), recorded.originals().get(j - 1)));
                }
                i--;
                j--;
            } else if (cost[i][j] == cost[i - 1][j] + 1) {
                differences.add(new Difference("insert", claimed.originals().get(i - 1), null));
                i--;
            } else {
                differences.add(new Difference("delete", null, recorded.originals().get(j - 1)));
                j--;
            }
        }
        Collections.reverse(differences);
        return new Alignment(cost[n][end], j, end, List.copyOf(differences));
    }
}
