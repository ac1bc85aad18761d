namespace Testing;

/// <summary>Waits for asynchronous work (deliveries, deactivations) by polling a condition, never by timing.</summary>
public static class Poll
{
    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds (at most 10 s): waits for asynchronous delivery, asserts no timing.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 1000 && !done(value); i++)
        {
            await Task.Delay(10);
            value = await read();
        }

        Assert.True(done(value), $"condition not reached; last value: {value}");
        return value;
    }
}
