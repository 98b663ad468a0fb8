// What a schema exercise gives the grader: the broken schema with its data, and what the repaired one must satisfy.
export type SchemaGrading = {
  /** SQL that creates the starting schema and loads its data into the scratch database. */
  setupSql: string;
};
