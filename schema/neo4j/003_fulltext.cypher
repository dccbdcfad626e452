// Schema version 3: the full-text index behind Store.Search.
//
// searchText holds graph.SearchText(node): the node's searchable fields already folded (lower
// case, no accents) and split into tokens, space-separated. The whitespace analyzer keeps those
// tokens exactly as they are, so a Lucene prefix query `tok*` matches the same tokens that
// graph.ScoreNode does. eventually_consistent is false: a committed load is searchable at once.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}};
