namespace Actors.Runtime.Tests.TestGrains;

public interface IShortlistGrain : IGrainWithStringKey
{
    /// <summary>Adds the names (marking the list it was given) and returns the whole shortlist.</summary>
    Task<List<string>> Add(List<string> names);
}

public sealed class ShortlistGrain : Grain, IShortlistGrain
{
    private readonly List<string> _shortlist = [];

    public Task<List<string>> Add(List<string> names)
    {
        _shortlist.AddRange(names);
        names.Add("touched by the grain");
        return Task.FromResult(_shortlist);
    }
}
