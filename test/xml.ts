/** The strict XML parser of the manifest checks (scripts/xml.ts), for the tests. */
export * from "../scripts/xml";
