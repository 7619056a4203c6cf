package io.verbatim.bench;

import io.verbatim.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates statements set-wise in PostgreSQL ({@code INSERT ... SELECT} over {@code generate_series}), for sizes
 * where {@link BenchData}'s row-by-row COPY takes too long: the same speakers and topics (written by BenchData), the
 * same Zipf vocabulary and speaker ranks (as lookup tables of 2^20 quantiles), the same shares of statuses, kinds,
 * topics and sources; not the same texts (PostgreSQL's random() draws them). Every trigger runs as in production;
 * the secondary indexes are dropped first and built again at the end, which is much faster than maintaining them
 * row by row. Usage: {@code BenchSqlData <statements> <data-directory | jdbc-url> [seed]}.
 */
public final class BenchSqlData {

    private static final int SLOTS = 1 << 20;
    private static final int BATCH = 200_000;
    static final String[] TABLES = {"statement", "statement_topic", "statement_source", "statement_dense_term",
        "statement_export"};

    private BenchSqlData() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase.run("BenchSqlData", args, BenchSqlData::load);
    }

    static void load(String jdbcUrl, int count, long seed) throws Exception {
        Flyway.configure().dataSource(jdbcUrl, EmbeddedPostgresServer.USER, null)
                .locations("classpath:db/migration").load().migrate();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement sql = connection.createStatement()) {
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            sql.execute("SET work_mem = '256MB'");
            sql.execute("SET maintenance_work_mem = '1GB'");
            BenchData catalog = new BenchData(count, seed);
            catalog.writeSpeakers(copy);
            catalog.writeTopics(copy);
            lookupTables(sql, copy, seed);
            List<String> indexes = dropSecondaryIndexes(sql);
            sql.execute("SELECT setseed(0.42)");
            sources(sql, Math.max(1, count / 3));
            for (int from = 0; from < count; from += BATCH) {
                statements(sql, from, Math.min(count, from + BATCH) - 1, Math.max(1, count / 3));
                log(start, "%,d statements".formatted(Math.min(count, from + BATCH)));
            }
            for (String index : indexes) {
                sql.execute(index);
                log(start, index);
            }
            sql.execute("DROP TABLE bench_word, bench_speaker_rank, bench_speaker, bench_topic");
            sql.execute("VACUUM ANALYZE");
        }
        System.out.printf("Loaded %,d statements in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    private static void log(long start, String what) {
        System.out.printf("%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, what);
    }

    /** The vocabulary and speaker ranks as 2^20 quantiles each, and the ids of speakers and topics by index. */
    private static void lookupTables(Statement sql, CopyManager copy, long seed) throws SQLException {
        sql.execute("CREATE UNLOGGED TABLE bench_word (slot int PRIMARY KEY, word text NOT NULL)");
        sql.execute("CREATE UNLOGGED TABLE bench_speaker_rank (slot int PRIMARY KEY, rank int NOT NULL)");
        sql.execute("CREATE UNLOGGED TABLE bench_speaker (rank int PRIMARY KEY, id uuid NOT NULL)");
        sql.execute("CREATE UNLOGGED TABLE bench_topic (index int PRIMARY KEY, id uuid NOT NULL)");
        Vocabulary words = new Vocabulary(20_000, 1.07, new Random(seed));
        Vocabulary speakers = new Vocabulary(BenchData.SPEAKERS, 0.9, new Random(1));
        try (BenchData.Rows wordRows = new BenchData.Rows(copy, "bench_word (slot, word)")) {
            for (int slot = 0; slot < SLOTS; slot++) {
                wordRows.row(slot, words.word(words.rankAt((slot + 0.5) / SLOTS)));
            }
        }
        try (BenchData.Rows rankRows = new BenchData.Rows(copy, "bench_speaker_rank (slot, rank)")) {
            for (int slot = 0; slot < SLOTS; slot++) {
                rankRows.row(slot, speakers.rankAt((slot + 0.5) / SLOTS));
            }
        }
        try (BenchData.Rows speakerRows = new BenchData.Rows(copy, "bench_speaker (rank, id)")) {
            for (int i = 0; i < BenchData.SPEAKERS; i++) {
                speakerRows.row(i, BenchData.id("speaker", i));
            }
        }
        int topics = BenchData.TOPIC_ROOTS * (BenchData.TOPICS_PER_ROOT + 1);
        try (BenchData.Rows topicRows = new BenchData.Rows(copy, "bench_topic (index, id)")) {
            for (int i = 0; i < topics; i++) {
                topicRows.row(i, BenchData.id("topic", i));
            }
        }
        sql.execute("ANALYZE bench_word, bench_speaker_rank, bench_speaker, bench_topic");
    }

    /** Drops the indexes of the statement tables that no constraint owns; returns the statements that rebuild them. */
    static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i WHERE i.indrelid::regclass::text = ANY(ARRAY['" + String.join("','", TABLES) + "'])"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
            while (rows.next()) {
                found.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        List<String> rebuild = new ArrayList<>();
        for (String[] index : found) {
            sql.execute("DROP INDEX " + index[0]);
            rebuild.add(index[1]);
        }
        return rebuild;
    }

    private static void sources(Statement sql, int sources) throws SQLException {
        StringBuilder outlets = new StringBuilder("ARRAY[");
        for (int i = 0; i < BenchData.OUTLETS; i++) {
            outlets.append(i == 0 ? "'" : ", '").append(BenchData.outlet(i)).append("'");
        }
        outlets.append("]");
        sql.execute("INSERT INTO source (id, url, outlet, title, published_on, author, created_at, updated_at, version)"
                + " SELECT md5('source:' || i)::uuid, 'https://news' || (i % " + BenchData.OUTLETS + ") || '.example.org/' || i,"
                + " (" + outlets + ")[1 + i % " + BenchData.OUTLETS + "], 'Report number ' || i,"
                + " DATE '" + BenchData.FIRST_DAY + "' + (random() * " + BenchData.DAYS + ")::int, NULL, now(), now(), 0"
                + " FROM generate_series(0, " + (sources - 1) + ") i");
    }

    /** Statements {@code from} to {@code to} (by index) with their topics and sources, in three set-wise inserts. */
    private static void statements(Statement sql, int from, int to, int sources) throws SQLException {
        int topics = BenchData.TOPIC_ROOTS * (BenchData.TOPICS_PER_ROOT + 1);
        StringBuilder cues = new StringBuilder("ARRAY[");
        for (int i = 0; i < BenchData.CUES.length; i++) {
            cues.append(i == 0 ? "'" : ", '").append(BenchData.CUES[i].replace("'", "''")).append("'");
        }
        cues.append("]");
        // One row per statement with its random draws; its words as (statement, position, slot) rows joined to the
        // vocabulary and aggregated in order.
        sql.execute("CREATE TEMP TABLE bench_batch ON COMMIT PRESERVE ROWS AS"
                + " SELECT n, md5('statement:' || n)::uuid AS id, (random() * " + (SLOTS - 1) + ")::int AS speaker_slot,"
                + " (random() * 99)::int AS roll, 12 + (random() * 49)::int AS length,"
                + " ((n / 3 + (random() * 49)::int) % " + sources + ") AS source,"
                + " (random() * " + (topics - 1) + ")::int AS first_topic, 1 + (random() * 2)::int AS topic_count,"
                + " 1 + (random() * " + (BenchData.CUES.length - 1) + ")::int AS cue,"
                + " (random() * " + (BenchData.DAYS - 1) + ")::int AS day, random() < 0.05 AS on_behalf,"
                + " (random() * " + (BenchData.SPEAKERS - 1) + ")::int AS on_behalf_rank, random() < 0.25 AS second_source"
                + " FROM generate_series(" + from + ", " + to + ") n");
        sql.execute("CREATE TEMP TABLE bench_text ON COMMIT PRESERVE ROWS AS"
                + " SELECT b.n, string_agg(w.word, ' ' ORDER BY p.k) AS words FROM bench_batch b"
                + " CROSS JOIN LATERAL (SELECT k, (random() * " + (SLOTS - 1) + ")::int AS slot"
                + " FROM generate_series(1, b.length) k) p JOIN bench_word w ON w.slot = p.slot GROUP BY b.n");
        String outlet = "(SELECT so.outlet FROM source so WHERE so.id = md5('source:' || b.source)::uuid)";
        sql.execute("INSERT INTO statement (id, external_id, text, kind, language, speaker_id, on_behalf_of_id,"
                + " speaker_role, said_on, date_precision, context, status, retraction_reason, created_at, updated_at, version)"
                + " SELECT b.id, 'bench-' || b.n, upper(left(t.words, 1)) || substr(t.words, 2) || '.',"
                + " CASE WHEN b.roll % 20 < 14 THEN 'DIRECT' WHEN b.roll % 20 < 19 THEN 'PARAPHRASE' ELSE 'WRITTEN' END,"
                + " 'en', sp.id, CASE WHEN b.on_behalf THEN ob.id END, NULL,"
                + " DATE '" + BenchData.FIRST_DAY + "' + b.day, 'DAY', format((" + cues + ")[b.cue], " + outlet + "),"
                + " CASE WHEN b.roll < 97 THEN 'PUBLISHED' WHEN b.roll < 99 THEN 'RETRACTED' ELSE 'PENDING_REVIEW' END,"
                + " CASE WHEN b.roll BETWEEN 97 AND 98 THEN 'Generated retraction' END, now(), now(), 0"
                + " FROM bench_batch b JOIN bench_text t ON t.n = b.n"
                + " JOIN bench_speaker_rank r ON r.slot = b.speaker_slot JOIN bench_speaker sp ON sp.rank = r.rank"
                + " JOIN bench_speaker ob ON ob.rank = b.on_behalf_rank");
        sql.execute("INSERT INTO statement_topic (statement_id, topic_id)"
                + " SELECT b.id, t.id FROM bench_batch b CROSS JOIN LATERAL generate_series(0, b.topic_count - 1) k"
                + " JOIN bench_topic t ON t.index = (b.first_topic + k * 37) % " + topics);
        sql.execute("INSERT INTO statement_source (statement_id, position, source_id, attribution)"
                + " SELECT b.id, 0, md5('source:' || b.source)::uuid, 'reported' FROM bench_batch b"
                + " UNION ALL SELECT b.id, 1, md5('source:' || ((b.source + 1 + b.n % 1000) % " + sources + "))::uuid,"
                + " 'reported by another outlet' FROM bench_batch b WHERE b.second_source");
        sql.execute("DROP TABLE bench_batch, bench_text");
    }
}
