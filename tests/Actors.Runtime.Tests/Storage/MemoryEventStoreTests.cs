using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Memory;

namespace Actors.Runtime.Tests.Storage;

public sealed class MemoryEventStoreTests : EventStoreContractTests
{
    protected override Task<(IGrainStorage Storage, IEventStore Events)> OpenAsync(TimeProvider time)
    {
        var store = new MemoryStore();
        return Task.FromResult<(IGrainStorage, IEventStore)>((new MemoryGrainStorage(store, time), new MemoryEventStore(store)));
    }
}
