using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Memory;

namespace Actors.Runtime.Tests.Storage;

public sealed class MemoryGrainStorageTests : GrainStorageContractTests
{
    protected override Task<(IGrainStorage Storage, IEventStore Events)> OpenAsync(TimeProvider time)
    {
        var store = new MemoryStore();
        return Task.FromResult<(IGrainStorage, IEventStore)>((new MemoryGrainStorage(store, time), new MemoryEventStore(store)));
    }

    [Fact]
    public async Task Two_memory_stores_are_two_separate_databases()
    {
        var key = NewKey();
        await Storage.WriteAsync(key, StoragePayload.Json("{}"), null, [], [], default);

        var other = new MemoryGrainStorage(new MemoryStore(), Time);

        Assert.Null(await other.ReadAsync(key, default));
    }
}
