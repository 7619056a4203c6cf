-- A topic filter is tested per statement as EXISTS (statement_topic WHERE statement_id = s.id AND topic_id = ANY(tree)).
-- With (topic_id, statement_id) the planner took that index and descended it once per topic of the tree for every
-- statement walked: 16,615 buffers for 233 statements of a 25-topic tree at 1M (bench/RESULTS.md, "Bounded search").
-- Without it, the primary key (statement_id, topic_id) answers with one descent per statement (700 buffers), and
-- every lookup led by topic_id is served by statement_topic_topic_status_idx (topic_id, status, statement_id).
DROP INDEX statement_topic_topic_idx;
