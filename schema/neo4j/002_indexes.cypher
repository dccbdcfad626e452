// Schema version 2: lookup indexes for the queries of graph/neo4j.

// Lookup (case-insensitive natural keys): lookupKey is the lower-cased ISO3 code or acronym.
CREATE INDEX country_lookup_key IF NOT EXISTS FOR (n:Country) ON (n.lookupKey);
CREATE INDEX mission_lookup_key IF NOT EXISTS FOR (n:Mission) ON (n.lookupKey);
// The natural keys as written, for Cypher users.
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX mission_acronym IF NOT EXISTS FOR (n:Mission) ON (n.acronym);

// List filters.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_country_id IF NOT EXISTS FOR (n:Entity) ON (n.countryId);
CREATE INDEX entity_sub_kind IF NOT EXISTS FOR (n:Entity) ON (n.subKind);

// Personnel series by country.
CREATE INDEX personnel_point_country IF NOT EXISTS FOR (p:PersonnelPoint) ON (p.countryId);
