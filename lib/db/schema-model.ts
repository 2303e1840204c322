// A reading of prisma/schema.prisma good enough to check that each provider's migrations build
// exactly the tables the schema describes: scalar columns, nullability, indexes.

export type ScalarType = "String" | "Int" | "Boolean" | "DateTime";

export interface SchemaColumn {
  name: string;
  type: ScalarType;
  optional: boolean;
}

export interface SchemaModel {
  name: string;
  columns: SchemaColumn[];
  /** Index names as Prisma derives them: Model_col1_col2_idx / _key. */
  indexes: string[];
}

const SCALARS = new Set<string>(["String", "Int", "Boolean", "DateTime"]);

/** `model Name {` ... `}` blocks, line by line. */
function modelBlocks(schema: string): { name: string; body: string[] }[] {
  const blocks: { name: string; body: string[] }[] = [];
  let current: { name: string; body: string[] } | null = null;
  for (const line of schema.split("\n")) {
    const start = /^model (\w+) \{/.exec(line);
    if (start) blocks.push((current = { name: start[1]!, body: [] }));
    else if (current && line.startsWith("}")) current = null;
    else current?.body.push(line);
  }
  return blocks;
}

export function readSchemaModels(schema: string): SchemaModel[] {
  const models: SchemaModel[] = [];
  for (const { name, body } of modelBlocks(schema)) {
    const model: SchemaModel = { name, columns: [], indexes: [] };
    for (const raw of body) {
      const comment = raw.indexOf("//");
      const line = (comment === -1 ? raw : raw.slice(0, comment)).trim();
      const index = /^@@(index|unique)\(\[([^\]]+)\]/.exec(line);
      if (index) {
        const columns = index[2]!.split(",").map((c) => c.trim());
        model.indexes.push(`${name}_${columns.join("_")}_${index[1] === "unique" ? "key" : "idx"}`);
        continue;
      }
      const field = /^(\w+)\s+(\w+)(\?|\[\])?/.exec(line);
      if (!field || !SCALARS.has(field[2]!)) continue; // relation fields are not columns
      model.columns.push({ name: field[1]!, type: field[2] as ScalarType, optional: field[3] === "?" });
    }
    models.push(model);
  }
  return models;
}
