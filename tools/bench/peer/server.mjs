// The peer: @neo4j/graphql 7 over peacegraph's Neo4j (typedefs.mjs), served by graphql-yoga
// on node:http, as its documentation sets it up: one Neo4jGraphQL schema, one driver, no cache.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... PEER_ADDR=127.0.0.1:18301 node server.mjs
//
// POST /graphql (GraphQL over HTTP, JSON); GET /health is yoga's liveness check and /readyz
// answers 200 once the schema is built and Neo4j has answered. Listens on loopback only.
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";
import { typeDefs } from "./typedefs.mjs";

const env = (k, d) => process.env[k] || d;
const uri = env("NEO4J_URI", "bolt://127.0.0.1:7687");
const [host, port] = env("PEER_ADDR", "127.0.0.1:18301").split(":");
if (!/^127\.|^localhost$|^\[?::1\]?$/.test(host)) {
  console.error(`peer: PEER_ADDR must be a loopback address, got ${host}`);
  process.exit(2);
}

const driver = neo4j.driver(uri, neo4j.auth.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "peacegraph-dev")));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
await driver.verifyConnectivity();

const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  graphiql: false,
  landingPage: false,
  // Errors are not masked: the same-data check must see why a query failed.
  maskedErrors: false,
  logging: "warn",
});

const server = createServer((req, res) => {
  if (req.url === "/readyz") {
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"status":"ready"}');
    return;
  }
  yoga(req, res);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), host, () => console.error(`peer: @neo4j/graphql on http://${host}:${port}/graphql -> ${uri}`));

const stop = async () => {
  server.close();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
