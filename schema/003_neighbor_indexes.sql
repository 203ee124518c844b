-- newsgraph schema, version 2: indexes for `neighbors` around hubs.
--
-- A hub has tens of thousands of relations; listing its strongest ones must not read them
-- all. With these indexes each side of a neighbors query (entity as subject, as object)
-- reads its relations already in weight order and stops after the limit.
CREATE INDEX relations_subject_weight ON relations (subject_id, weight DESC, last_seen DESC);
CREATE INDEX relations_object_weight ON relations (object_id, weight DESC, last_seen DESC);
