import { getIntrospectionQuery } from 'graphql';

// The three workloads of bench/RESULTS.md.
export const queries = {
  'three-fields': '{ hello version healthy }',
  'nested-list': '{ jobs(first: 50) { id title budget client { id name country } proposals(first: 5) { id amount freelancer { id name rate } } } }',
  introspection: getIntrospectionQuery(),
};
