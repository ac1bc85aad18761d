// The benchmark's data, the same as bench/Actors.GraphQL.Bench generates: 50 jobs, each with a client
// and 5 proposals, each proposal with a freelancer. Deterministic.
export const jobs = Array.from({ length: 50 }, (_, j) => ({
  id: `job-${j}`,
  title: `Job number ${j}`,
  budget: 100 + j * 12.5,
  client: { id: `client-${j % 10}`, name: `Client ${j % 10}`, country: 'DE' },
  proposals: Array.from({ length: 5 }, (_, p) => ({
    id: `proposal-${j}-${p}`,
    amount: 50 + p * 7.25,
    freelancer: { id: `freelancer-${(j + p) % 20}`, name: `Freelancer ${(j + p) % 20}`, rate: 20 + ((j + p) % 20) },
  })),
}));

export const resolvers = {
  Query: {
    hello: () => 'world',
    version: () => 1,
    healthy: () => true,
    jobs: (_, { first }) => jobs.slice(0, first),
  },
  Job: {
    proposals: (job, { first }) => job.proposals.slice(0, first),
  },
};
