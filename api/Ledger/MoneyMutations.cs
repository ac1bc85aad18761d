using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Ledger;
using Marketplace.Profiles;

namespace Marketplace.Api.Ledger;

/// <summary>
/// deposit and withdraw: money entering a client's wallet from their (simulated) payment method, and leaving a
/// freelancer's available balance to their (simulated) bank. Each is one ledger transfer under the caller's
/// idempotency key, scoped to the caller so two users' keys never meet.
/// </summary>
[GraphQLType("Mutation")]
public sealed class MoneyMutations
{
    public static async Task<BalancePayload> DepositAsync(MoneyMovementInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            var amount = PositiveCents(input.Amount);
            if (await grains.GetGrain<IClientGrain>(client.UserId).GetAsync() is not { PaymentMethodVerified: true })
            {
                throw new DomainException(ErrorCodes.InvalidState, "Verify a payment method before depositing (verifyPaymentMethod).");
            }

            var wallet = LedgerAccount.ClientWallet(client.UserId);
            return await MoveAsync(grains, new TransferRequest(
                $"deposit:{client.UserId}:{input.IdempotencyKey}", [new TransferLeg(LedgerAccount.PaymentNetwork, wallet, amount)], "Deposit"), wallet);
        }
        catch (DomainException refused)
        {
            return new(null, [UserError.From(refused)]);
        }
    }

    public static async Task<BalancePayload> WithdrawAsync(MoneyMovementInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var freelancer = Viewer.Require(user, Role.Freelancer);
        try
        {
            var available = LedgerAccount.FreelancerAvailable(freelancer.UserId);
            return await MoveAsync(grains, new TransferRequest(
                $"withdraw:{freelancer.UserId}:{input.IdempotencyKey}", [new TransferLeg(available, LedgerAccount.Payouts, PositiveCents(input.Amount))], "Withdrawal"),
                available);
        }
        catch (DomainException refused)
        {
            return new(null, [UserError.From(refused)]);
        }
    }

    private static async Task<BalancePayload> MoveAsync(IGrainFactory grains, TransferRequest transfer, LedgerAccount account)
    {
        var ledger = grains.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        await ledger.TransferAsync(transfer);
        return new(Money.FromCents(await ledger.BalanceAsync(account)), []);
    }

    private static long PositiveCents(decimal amount)
    {
        var cents = Money.ToCents(amount, "amount");
        return cents > 0 ? cents : throw DomainException.InvalidInput("amount", "The amount must be more than 0.");
    }
}

/// <summary>The input of deposit and withdraw.</summary>
public sealed record MoneyMovementInput(decimal Amount, string IdempotencyKey);

/// <summary>The payload of deposit and withdraw.</summary>
[GraphQLRuntimeType("BalancePayload")]
public sealed record BalancePayload(decimal? Balance, IReadOnlyList<UserError> Errors);
