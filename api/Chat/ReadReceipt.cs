using Actors.GraphQL.Binding;

namespace Marketplace.Api.Chat;

/// <summary>A participant's read receipt: <see cref="UserId"/> (a User's global id) has read every message up to <see cref="UpToSequence"/>.</summary>
[GraphQLRuntimeType("ReadReceipt")]
public sealed record ReadReceipt(string UserId, long UpToSequence);
