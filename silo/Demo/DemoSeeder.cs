using Actors.Runtime;
using Marketplace.Accounts;
using Marketplace.Jobs;
using Marketplace.Profiles;
using Marketplace.Proposals;

namespace Marketplace.Silo.Demo;

/// <summary>
/// Loads <see cref="DemoData"/> through the grains when the silo starts with <c>Demo:Seed</c> on (the default on memory
/// storage, where there is nothing to keep; <c>--seed-demo</c> on PostgreSQL). Safe to run again: what exists is kept.
/// </summary>
public sealed partial class DemoSeeder(IGrainFactory grains, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var client in DemoData.Clients)
        {
            await SignUpAsync(client);
            await AlreadyThere(() => grains.GetGrain<IClientGrain>(client.UserId).VerifyPaymentMethodAsync(client.UserId, "tok_demo_visa"));
        }

        foreach (var freelancer in DemoData.Freelancers)
        {
            await SignUpAsync(freelancer.User);
            await grains.GetGrain<IFreelancerGrain>(freelancer.User.UserId).UpdateProfileAsync(freelancer.User.UserId, freelancer.Profile);
        }

        foreach (var job in DemoData.Jobs)
        {
            await AlreadyThere(() => grains.GetGrain<IJobGrain>(job.JobId).PostAsync(job.ClientId, job.Draft));
        }

        foreach (var proposal in DemoData.Proposals)
        {
            var draft = new ProposalDraft(
                proposal.ProposalId, proposal.AmountCents, proposal.HourlyRateCents,
                "I have done this kind of work many times; happy to walk you through similar projects on a call.", [], ProjectDuration.OneToThreeMonths);
            await AlreadyThere(() => grains.GetGrain<IJobGrain>(proposal.JobId).SubmitProposalAsync(proposal.FreelancerId, draft));
        }

        LogSeeded(logger, DemoData.Clients.Count, DemoData.Freelancers.Count, DemoData.Jobs.Count, DemoData.Clients[0].Email, DemoData.Password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task SignUpAsync(DemoUser user) =>
        grains.GetGrain<IAccountGrain>(user.Email).SignUpAsync(new SignUp(user.UserId, user.Email, DemoData.Password, user.Role, user.DisplayName));

    /// <summary>Runs a seeding step; a refusal because it was done before (a second seeding) is fine.</summary>
    private static async Task AlreadyThere<T>(Func<Task<T>> step)
    {
        try
        {
            await step();
        }
        catch (DomainException refused) when (refused.Code == ErrorCodes.AlreadyExists)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Clients} clients, {Freelancers} freelancers, {Jobs} jobs; sign in as {Email} with password \"{Password}\"")]
    private static partial void LogSeeded(ILogger logger, int clients, int freelancers, int jobs, string email, string password);
}
