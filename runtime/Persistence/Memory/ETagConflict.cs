namespace Actors.Runtime.Persistence;

/// <summary>
/// The one wording of an ETag mismatch, shared by every grain storage provider: it names the state,
/// the ETag in storage and the ETag the writer presented.
/// </summary>
internal static class ETagConflict
{
    /// <summary>
    /// What a missing record answers to: a writer that presents no ETag (null, or the empty ETag that
    /// <see cref="IGrainStorage.ClearAsync"/> returns) believes no record exists.
    /// </summary>
    public static bool MeansNoRecord(string? eTag) => string.IsNullOrEmpty(eTag);

    public static InconsistentStateException Create(
        string operation, GrainStateKey key, string? storedETag, string? presentedETag, bool storedKnown = true)
    {
        var stored = !storedKnown
            ? "it does not match the stored record (whose ETag could not be read)"
            : storedETag is null ? "no record exists" : $"the stored ETag is '{storedETag}'";
        var presented = MeansNoRecord(presentedETag)
            ? "presented no ETag (it expected no record)"
            : $"presented ETag '{presentedETag}'";
        return new InconsistentStateException(
            $"{operation} of grain state {key} was rejected: the writer {presented}, but {stored}. " +
            "Nothing was written; re-read the state before writing again.",
            storedETag,
            presentedETag);
    }
}
