namespace Actors.Runtime.Tests.Storage;

/// <summary>The outcome of one of several concurrent calls: its value, or the exception it failed with.</summary>
public readonly record struct Settled<T>(T? Value, Exception? Error)
{
    public bool Succeeded => Error is null;

    public T Result => Succeeded ? Value! : throw new Xunit.Sdk.XunitException($"The call failed: {Error}");

    /// <summary>Waits for every task, successful or not, and returns their outcomes in order.</summary>
    public static async Task<Settled<T>[]> AllAsync(IEnumerable<Task<T>> tasks)
    {
        var outcomes = new List<Settled<T>>();
        foreach (var task in tasks.ToList())
        {
            try
            {
                outcomes.Add(new Settled<T>(await task, null));
            }
            catch (Exception ex)
            {
                outcomes.Add(new Settled<T>(default, ex));
            }
        }

        return [.. outcomes];
    }
}
