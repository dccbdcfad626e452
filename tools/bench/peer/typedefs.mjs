// The peer's type definitions: typedefs.graphql, plus peacegraph's enums taken from its own
// schema (schema/graphql/base.graphqls), so that both servers accept and answer the same values
// and a new enum value needs no second edit here.
import { readFileSync } from "node:fs";
import { Kind, parse, print } from "graphql";

const file = (path) => readFileSync(new URL(path, import.meta.url), "utf8");

const enums = parse(file("../../../schema/graphql/base.graphqls"))
  .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
  .map(print);

export const typeDefs = [...enums, file("typedefs.graphql")].join("\n\n");
