// Prints graphql-js's standard introspection query (with descriptions, specifiedByURL, isRepeatable,
// input value deprecation and oneOf), the one GraphiQL and codegen tools send.
import { getIntrospectionQuery } from 'graphql';

console.log(getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, oneOf: true }));
