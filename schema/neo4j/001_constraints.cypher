// Schema version 1: uniqueness of the stable IDs.
//
// Every domain node carries :Entity plus the label of its kind (graph.Kinds); the ID is
// unique across all kinds (:Entity) and within each kind. Applied by (*neo4j.Store).Migrate,
// one statement at a time, in file order; every statement is idempotent (IF NOT EXISTS).
// A test checks that this file names every label of graph.Kinds.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mission_id IF NOT EXISTS FOR (n:Mission) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deployment_id IF NOT EXISTS FOR (n:Deployment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT function_id IF NOT EXISTS FOR (n:Function) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reform_id IF NOT EXISTS FOR (n:Reform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legal_instrument_id IF NOT EXISTS FOR (n:LegalInstrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT safeguard_id IF NOT EXISTS FOR (n:Safeguard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT principle_id IF NOT EXISTS FOR (n:Principle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT threat_id IF NOT EXISTS FOR (n:Threat) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT obstacle_id IF NOT EXISTS FOR (n:Obstacle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benefit_id IF NOT EXISTS FOR (n:Benefit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Monthly personnel points: one per country and month; key = countryId + '|' + date.
CREATE CONSTRAINT personnel_point_key IF NOT EXISTS FOR (p:PersonnelPoint) REQUIRE p.key IS UNIQUE;

// Bookkeeping: the schema version and the loaded dataset's version (one node each).
CREATE CONSTRAINT schema_meta_name IF NOT EXISTS FOR (m:SchemaMeta) REQUIRE m.name IS UNIQUE;
CREATE CONSTRAINT dataset_meta_name IF NOT EXISTS FOR (m:DatasetMeta) REQUIRE m.name IS UNIQUE;
