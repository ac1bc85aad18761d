namespace Marketplace.Api.Jobs;

/// <summary>The global ids of jobs and proposals (a proposal lives in its job, so its id carries both).</summary>
public static class JobIds
{
    public const string Job = "Job";
    public const string Proposal = "Proposal";

    public static string OfJob(string jobId) => GlobalId.Of(Job, jobId);

    public static string OfProposal(string jobId, string proposalId) => GlobalId.Of(Proposal, $"{jobId}/{proposalId}");

    /// <summary>The job and proposal ids inside a proposal's global id; <c>INVALID_INPUT</c> naming <paramref name="field"/> otherwise.</summary>
    public static (string JobId, string ProposalId) ParseProposal(string globalId, string field = "proposalId") =>
        TryParseProposal(globalId) ?? throw DomainException.InvalidInput(field, $"\"{globalId}\" is not the id of a Proposal.");

    public static (string JobId, string ProposalId)? TryParseProposal(string globalId) =>
        GlobalId.Parse(globalId) is (Proposal, var key) && key.Split('/') is [{ Length: > 0 } jobId, { Length: > 0 } proposalId] ? (jobId, proposalId) : null;
}
