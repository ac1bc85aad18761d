using Marketplace.Grains.Shared;

namespace Marketplace.Grains.Tests;

public sealed class TransitionTableTests
{
    private enum Door
    {
        Open,
        Closed,
        Locked,
    }

    private enum Push
    {
        Close,
        Lock,
        Unlock,
    }

    private static readonly TransitionTable<Door, Push> Table = new(
        "door",
        new(Door.Open, Push.Close, Party.Client, Door.Closed),
        new(Door.Closed, Push.Lock, Party.Client, Door.Locked),
        new(Door.Locked, Push.Unlock, Party.Operator, Door.Closed));

    [Fact]
    public void A_row_leads_to_its_state()
    {
        Assert.Equal(Door.Closed, Table.Fire(Door.Open, Push.Close, Party.Client));
        Assert.True(Table.Allows(Door.Locked, Push.Unlock, Party.Operator));
    }

    [Fact]
    public void A_trigger_without_a_row_in_that_state_is_an_invalid_state()
    {
        var refused = Assert.Throws<DomainException>(() => Table.Fire(Door.Open, Push.Unlock, Party.Operator));

        Assert.Equal(ErrorCodes.InvalidState, refused.Code);
        Assert.Equal("\"unlock\" does not apply to a door that is open.", refused.Message);
    }

    [Fact]
    public void A_row_for_another_party_is_forbidden()
    {
        var refused = Assert.Throws<DomainException>(() => Table.Fire(Door.Locked, Push.Unlock, Party.Client));

        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
        Assert.False(Table.Allows(Door.Locked, Push.Unlock, Party.Client));
    }

    [Fact]
    public void Two_rows_for_one_state_trigger_and_party_are_refused_when_the_table_is_declared() =>
        Assert.Throws<ArgumentException>(() => new TransitionTable<Door, Push>(
            "door",
            new(Door.Open, Push.Close, Party.Client, Door.Closed),
            new(Door.Open, Push.Close, Party.Client, Door.Locked)));
}
