namespace Actors.GraphQL.Tests.Language;

/// <summary>
/// A kitchen-sink query and schema written for these tests, each with the text graphql-js 16.15's
/// <c>print(parse(...))</c> produces for it (a space in the printed query is marked ·: the printer
/// indents the blank line of a block string).
/// </summary>
internal static class KitchenSink
{
    public const string Query = """"
        # A kitchen sink of executable syntax, written for these tests.
        query ProposalBoard($jobId: ID!, $first: Int = 10, $filter: ProposalFilter = {status: [PENDING, SHORTLISTED], minRate: 25.5, note: null}, $flag: Boolean! @deprecated(reason: "use filter")) @live {
          job(id: $jobId) {
            id,
            title
            ... on FixedPriceJob @include(if: $flag) {
              budget { amount currency }
            }
            ...JobClient
            ... @skip(if: false) {
              postedAt
            }
            proposals(first: $first, after: "cursor\u00e9\n", filter: $filter) @connection(key: "board") {
              edges { node { ...ProposalCard } }
              pageInfo { hasNextPage endCursor }
            }
            bestMatch: proposals(first: 1, orderBy: {field: SCORE, direction: DESC}) { totalCount }
          }
        }

        mutation SubmitProposal {
          submitProposal(input: {jobId: "job-1", rate: -12.5e-3, coverLetter: """
              Dear client,

                I can start tomorrow.
              Regards
          """, milestones: [[1, 2], [], {}]}) {
            proposal { id }
            errors { code field }
          }
        }

        subscription OnBid @stream {
          bidPlaced(jobId: "job-1", since: "2025-09-01T00:00:00Z", includeWithdrawn: false, currency: USD) { amount }
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null), query
        }

        query { __typename }

        """
        Fragment description.
        """
        fragment JobClient on Job @defer {
          client { name rating }
        }

        "Card fragment" fragment ProposalCard on Proposal {
          id
          freelancer { ...on Freelancer { name } }
        }

        "An operation description" query Described($id: ID = "x") { job(id: $id) { id } }
        """";

    public static readonly string PrintedQuery = """"
        query ProposalBoard($jobId: ID!, $first: Int = 10, $filter: ProposalFilter = {status: [PENDING, SHORTLISTED], minRate: 25.5, note: null}, $flag: Boolean! @deprecated(reason: "use filter")) @live {
          job(id: $jobId) {
            id
            title
            ... on FixedPriceJob @include(if: $flag) {
              budget {
                amount
                currency
              }
            }
            ...JobClient
            ... @skip(if: false) {
              postedAt
            }
            proposals(first: $first, after: "cursoré\n", filter: $filter) @connection(key: "board") {
              edges {
                node {
                  ...ProposalCard
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
            bestMatch: proposals(first: 1, orderBy: {field: SCORE, direction: DESC}) {
              totalCount
            }
          }
        }

        mutation SubmitProposal {
          submitProposal(
            input: {jobId: "job-1", rate: -12.5e-3, coverLetter: """
            Dear client,
        ····
              I can start tomorrow.
            Regards
            """, milestones: [[1, 2], [], {}]}
          ) {
            proposal {
              id
            }
            errors {
              code
              field
            }
          }
        }

        subscription OnBid @stream {
          bidPlaced(
            jobId: "job-1"
            since: "2025-09-01T00:00:00Z"
            includeWithdrawn: false
            currency: USD
          ) {
            amount
          }
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        {
          __typename
        }

        """Fragment description."""
        fragment JobClient on Job @defer {
          client {
            name
            rating
          }
        }

        "Card fragment"
        fragment ProposalCard on Proposal {
          id
          freelancer {
            ... on Freelancer {
              name
            }
          }
        }

        "An operation description"
        query Described($id: ID = "x") {
          job(id: $id) {
            id
          }
        }
        """".Replace('·', ' ');

    public const string Schema = """"
        """
        The marketplace schema, a kitchen sink for the printer.
        """
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        extend schema @tag(name: "v2")

        extend schema @tag(name: "v3") { subscription: Subscription }

        "ISO-8601 instant"
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        type Query implements Node & Entity @key(fields: "id") {
          "The node with this id"
          node(id: ID!): Node
          jobs(first: Int = 10, after: String, filter: JobFilter = {status: OPEN}): JobConnection!
          search(
            """
            The text to search for.
            """
            text: String!
            limit: Int = 20 @deprecated
          ): [SearchResult!]! @cost(weight: "10")
        }

        type Empty

        interface Node { id: ID! }

        interface Entity implements Node & Named { id: ID! name: String }

        union SearchResult @tag(name: "s") = | Job | Freelancer

        union Lonely

        enum JobStatus { OPEN "closed for bids" CLOSED @deprecated(reason: "no") DRAFT }

        input JobFilter @oneOf {
          status: JobStatus
          text: String = "any"
          ids: [ID!] = []
        }

        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        "Repeatable tag" directive @tag(name: String!) repeatable on | SCHEMA | OBJECT | FIELD_DEFINITION

        directive @everywhere on QUERY | SUBSCRIPTION | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | MUTATION | FIELD | SCALAR | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend scalar DateTime @tag(name: "time")
        extend type Query @tag(name: "q")
        extend type Job implements Node
        extend type Job { budget: Money }
        extend interface Entity @tag(name: "e")
        extend interface Entity implements Described { description: String }
        extend union SearchResult = Client
        extend union SearchResult @tag(name: "u")
        extend enum JobStatus { ARCHIVED }
        extend enum JobStatus @tag(name: "en")
        extend input JobFilter { minBudget: Float }
        extend input JobFilter @tag(name: "in")
        """";

    public const string PrintedSchema = """"
        """The marketplace schema, a kitchen sink for the printer."""
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        extend schema @tag(name: "v2")

        extend schema @tag(name: "v3") {
          subscription: Subscription
        }

        "ISO-8601 instant"
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        type Query implements Node & Entity @key(fields: "id") {
          "The node with this id"
          node(id: ID!): Node
          jobs(first: Int = 10, after: String, filter: JobFilter = {status: OPEN}): JobConnection!
          search(
            """The text to search for."""
            text: String!
            limit: Int = 20 @deprecated
          ): [SearchResult!]! @cost(weight: "10")
        }

        type Empty

        interface Node {
          id: ID!
        }

        interface Entity implements Node & Named {
          id: ID!
          name: String
        }

        union SearchResult @tag(name: "s") = Job | Freelancer

        union Lonely

        enum JobStatus {
          OPEN
          "closed for bids"
          CLOSED @deprecated(reason: "no")
          DRAFT
        }

        input JobFilter @oneOf {
          status: JobStatus
          text: String = "any"
          ids: [ID!] = []
        }

        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        "Repeatable tag"
        directive @tag(name: String!) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION

        directive @everywhere on QUERY | SUBSCRIPTION | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | MUTATION | FIELD | SCALAR | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend scalar DateTime @tag(name: "time")

        extend type Query @tag(name: "q")

        extend type Job implements Node

        extend type Job {
          budget: Money
        }

        extend interface Entity @tag(name: "e")

        extend interface Entity implements Described {
          description: String
        }

        extend union SearchResult = Client

        extend union SearchResult @tag(name: "u")

        extend enum JobStatus {
          ARCHIVED
        }

        extend enum JobStatus @tag(name: "en")

        extend input JobFilter {
          minBudget: Float
        }

        extend input JobFilter @tag(name: "in")
        """";
}
