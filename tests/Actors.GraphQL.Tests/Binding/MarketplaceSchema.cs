using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Binding;

/// <summary>A small marketplace-like SDL that the binding tests bind resolver classes to.</summary>
internal static class MarketplaceSchema
{
    public const string Sdl = """
        scalar DateTime
        scalar Decimal
        scalar Long

        type Query {
          job(id: ID!): Job
          jobs(first: Int = 10, status: JobStatus, tags: [String!]): [Job!]!
          jobCount: Int!
          searchJobs(filter: JobFilter!): [Job!]!
          proposal(id: ID!): Proposal
          proposalCount(jobId: ID!): Long!
          node(id: ID!): Node
          serverTime: DateTime!
          me: String
          requestInfo: String!
          probe: Probe!
        }

        type Mutation {
          postJob(input: PostJobInput!): PostJobPayload!
        }

        type Subscription {
          jobUpdated(jobId: ID!): Job!
          bidCount(jobId: ID!): Int!
        }

        interface Node {
          id: ID!
        }

        type Job implements Node {
          id: ID!
          title: String!
          budget: Decimal!
          status: JobStatus!
          tags: [String!]!
          client: Client
          proposals: [Proposal!]!
          postedAt: DateTime!
        }

        type Client implements Node {
          id: ID!
          name: String!
          jobs: [Job!]!
        }

        type Proposal implements Node {
          id: ID!
          amount: Decimal!
          jobId: ID!
        }

        type PostJobPayload {
          job: Job
          errors: [UserError!]!
        }

        type UserError {
          code: String!
          message: String!
          field: String
        }

        "A type whose fields the verification tests bind badly, one at a time."
        type Probe {
          count: Int!
          maybeCount: Int
          ids: [Int!]!
          status: JobStatus!
          job: Job!
          jobs: [Job!]!
          label(prefix: String, times: Int!, status: JobStatus): String!
        }

        enum JobStatus {
          OPEN
          IN_REVIEW
          CLOSED
        }

        input PostJobInput {
          title: String!
          budget: Decimal!
          status: JobStatus = OPEN
          tags: [String!]
          deadline: DateTime
          milestones: [MilestoneInput!]
        }

        input MilestoneInput {
          title: String!
          amount: Decimal!
        }

        input JobFilter {
          minBudget: Decimal
          statuses: [JobStatus!]
          postedAfter: DateTime
          clientId: ID
          limit: Long
          and: [JobFilter!]
        }
        """;

    public static Schema Build() => SchemaBuilder.Build(Sdl);
}
